import { useTranslation } from 'react-i18next';
import { dispatchTour, useTourState } from './tour-store.js';
import './tour.css';

/** The status bar's "?": opens the tour where it was left (the first step the first time). */
export function TourButton({ testId = 'tour-open' }: { testId?: string }) {
  const { t } = useTranslation();
  const tour = useTourState();
  return (
    <button
      type="button"
      className="tour-open-button"
      data-testid={testId}
      aria-pressed={tour.open}
      title={t('tour.openHint')}
      onClick={() => dispatchTour(tour.open ? { type: 'close' } : { type: 'resume' })}
    >
      <span className="tour-open-mark" aria-hidden="true">
        ?
      </span>
      {t('tour.open')}
    </button>
  );
}
