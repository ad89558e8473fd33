import { useTranslation } from 'react-i18next';
import { useSectionLabel } from '../../../shell/Nav.js';
import { resumableIndex } from './tour-state.js';
import { dispatchTour, useTourState } from './tour-store.js';
import { tourSteps } from './tour-steps.js';
import './tour.css';

/** Taller: what the tour covers, "Empezar" and, once it was left half-way, "Continuar en el paso n". */
export function TourPanel() {
  const { t } = useTranslation();
  const sectionLabel = useSectionLabel();
  const tour = useTourState();
  const resumeAt = resumableIndex(tour);
  return (
    <section className="workshop-panel" aria-labelledby="tour-panel-title" data-testid="tour-panel">
      <h2 id="tour-panel-title">{t('tour.panel.title')}</h2>
      <p>{t('tour.panel.intro')}</p>
      <ol className="tour-panel-steps">
        {tourSteps.map((step) => (
          <li key={step.id}>
            {t(`tour.steps.${step.id}.title`)} <span className="muted">({sectionLabel(step.section)})</span>
          </li>
        ))}
      </ol>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          data-testid="tour-start"
          onClick={() => dispatchTour({ type: 'start' })}
        >
          {resumeAt === null ? t('tour.panel.start') : t('tour.panel.restart')}
        </button>
        {resumeAt !== null && (
          <button
            type="button"
            className="button"
            data-testid="tour-resume"
            onClick={() => dispatchTour({ type: 'resume' })}
          >
            {t('tour.panel.resume', { n: resumeAt + 1, total: tourSteps.length })}
          </button>
        )}
      </div>
      <p className="field-hint">{t('tour.panel.hint')}</p>
    </section>
  );
}
