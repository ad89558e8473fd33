import { useTranslation } from 'react-i18next';

export const wizardSteps = ['file', 'preview', 'crs', 'mapping', 'producers', 'review', 'import'] as const;
export type WizardStep = (typeof wizardSteps)[number];

interface WizardStepsProps {
  readonly current: WizardStep;
  /** Whether a step can be opened from here (a file is open and nothing is being written). */
  readonly canOpen: (step: WizardStep) => boolean;
  readonly onOpen: (step: WizardStep) => void;
}

/** The numbered steps; the ones already reachable are buttons, so the user can go back to any. */
export function WizardSteps({ current, canOpen, onOpen }: WizardStepsProps) {
  const { t } = useTranslation();
  const currentIndex = wizardSteps.indexOf(current);
  return (
    <ol className="wizard-steps" aria-label={t('importWizard.stepsLabel')}>
      {wizardSteps.map((step, index) => (
        <li key={step} data-state={index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'next'}>
          <button
            type="button"
            className="wizard-step"
            aria-current={step === current ? 'step' : undefined}
            disabled={step === current || !canOpen(step)}
            onClick={() => onOpen(step)}
            data-testid={`import-step-${step}`}
          >
            <span className="wizard-step-number" aria-hidden="true">
              {index + 1}
            </span>
            {t(`importWizard.steps.${step}`)}
          </button>
        </li>
      ))}
    </ol>
  );
}
