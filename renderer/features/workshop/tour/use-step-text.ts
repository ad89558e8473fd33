import { useTranslation } from 'react-i18next';
import { useSectionLabel } from '../../../shell/Nav.js';
import type { StepTarget } from './resolve-step.js';
import type { TourStep, TourTarget } from './tour-steps.js';

/** What a trainer reads when the step points at a stand-in: the action that brings up the real target. */
const fallbackNotes = {
  'risk-results': 'tour.fallback.riskResults',
  'plan-new': 'tour.fallback.planNew',
  'plans-table': 'tour.fallback.plansTable',
} as const satisfies Partial<Record<TourTarget, string>>;

const hasNote = (target: TourTarget): target is keyof typeof fallbackNotes => target in fallbackNotes;

export interface StepText {
  readonly title: string;
  /** What to do. */
  readonly action: string;
  /** Why it matters, for the trainer to pass on. */
  readonly why: string;
  /** A line about the page as it is: the target is missing, disabled, a stand-in, or in another section. */
  readonly hint: string | null;
}

/** `disabled`: the target is there but cannot be used yet; the step's missing-target hint says what is lacking. */
export function useStepText(step: TourStep, resolution: StepTarget<unknown>, disabled: boolean): StepText {
  const { t } = useTranslation();
  const sectionLabel = useSectionLabel();
  const hint = ((): string | null => {
    switch (resolution.kind) {
      case 'elsewhere':
        return t('tour.elsewhere', { section: sectionLabel(resolution.section) });
      case 'missing':
        return t(`tour.steps.${step.id}.missing`);
      case 'found':
        if (disabled) return t(`tour.steps.${step.id}.missing`);
        return resolution.fallback && hasNote(resolution.target) ? t(fallbackNotes[resolution.target]) : null;
      default: {
        const unexpected: never = resolution;
        throw new Error(`Unknown step target ${JSON.stringify(unexpected)}`);
      }
    }
  })();
  return {
    title: t(`tour.steps.${step.id}.title`),
    action: t(`tour.steps.${step.id}.action`),
    why: t(`tour.steps.${step.id}.why`),
    hint,
  };
}
