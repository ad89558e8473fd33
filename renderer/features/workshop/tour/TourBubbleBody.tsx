import { useTranslation } from 'react-i18next';
import { useSectionLabel } from '../../../shell/Nav.js';
import { hrefFor } from '../../../shell/routes.js';
import type { StepTarget } from './resolve-step.js';
import { dispatchTour } from './tour-store.js';
import { tourSteps } from './tour-steps.js';
import type { TourStep } from './tour-steps.js';
import { useStepText } from './use-step-text.js';

interface TourBubbleBodyProps {
  readonly step: TourStep;
  readonly index: number;
  readonly resolution: StepTarget<unknown>;
  /** The target is a disabled control. */
  readonly disabled: boolean;
  /** The ids the dialog is labelled and described by; none in the hidden copies that only measure. */
  readonly ids?: { readonly title: string; readonly body: string };
}

/**
 * What the bubble says and its buttons. Also rendered, hidden, in each of the
 * bubble's widths, to measure its height there before choosing a place.
 */
export function TourBubbleBody({ step, index, resolution, disabled, ids }: TourBubbleBodyProps) {
  const { t } = useTranslation();
  const sectionLabel = useSectionLabel();
  const text = useStepText(step, resolution, disabled);
  const live = ids !== undefined;
  const last = index === tourSteps.length - 1;
  const testId = (id: string): string | undefined => (live ? id : undefined);
  return (
    <>
      <p className="tour-progress" data-testid={testId('tour-progress')}>
        {t('tour.progress', { n: index + 1, total: tourSteps.length, section: sectionLabel(step.section) })}
      </p>
      {/* Announced when the step changes while focus stays on Siguiente. */}
      <div aria-live={live ? 'polite' : undefined}>
        <h2 id={ids?.title} className="tour-title">
          {text.title}
        </h2>
        <div id={ids?.body}>
          <p className="tour-action">{text.action}</p>
          <p className="tour-why">
            <strong>{t('tour.why')}</strong> {text.why}
          </p>
          {text.hint && (
            <p
              className="tour-hint"
              data-testid={testId('tour-hint')}
              data-kind={disabled ? 'disabled' : resolution.kind}
            >
              {text.hint}
            </p>
          )}
        </div>
      </div>
      {resolution.kind === 'elsewhere' && (
        <a className="button button-small tour-go" href={hrefFor(resolution.section)} data-testid={testId('tour-go')}>
          {t('tour.goThere', { section: sectionLabel(resolution.section) })}
        </a>
      )}
      <div className="tour-actions">
        <button
          type="button"
          className="button button-small"
          data-testid={testId('tour-previous')}
          disabled={index === 0}
          onClick={() => dispatchTour({ type: 'previous' })}
        >
          {t('tour.previous')}
        </button>
        <button
          type="button"
          className="button button-small button-primary"
          data-testid={testId('tour-next')}
          onClick={() => dispatchTour({ type: last ? 'finish' : 'next' })}
        >
          {last ? t('tour.finish') : t('tour.next')}
        </button>
        <button
          type="button"
          className="button button-small tour-close"
          data-testid={testId('tour-close')}
          onClick={() => dispatchTour({ type: 'close' })}
        >
          {t('tour.close')}
        </button>
      </div>
      <p className="tour-keys muted">{t('tour.keysHint')}</p>
    </>
  );
}
