import { useTranslation } from 'react-i18next';
import { DemoPanel } from './demo/DemoPanel.js';
import { PresentationPanel } from './presentation/PresentationPanel.js';
import { TourPanel } from './tour/TourPanel.js';
import './workshop.css';

/**
 * Taller: what a trainer needs in a workshop without internet. Each panel is
 * its own feature: the demo database, the guided tour, presentation mode.
 */
export function WorkshopSection() {
  const { t } = useTranslation();
  return (
    <div className="page workshop-page" data-testid="section-taller">
      <header className="page-header">
        <h1>{t('workshop.title')}</h1>
        <p className="muted">{t('workshop.intro')}</p>
      </header>
      <div className="workshop-panels">
        {/* panels: demo, tour, presentation */}
        <DemoPanel />
        <TourPanel />
        <PresentationPanel />
      </div>
    </div>
  );
}
