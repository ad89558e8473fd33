import { useTranslation } from 'react-i18next';
import { PresentationToggle } from './PresentationToggle.js';

/** Taller: what presentation mode does, its shortcuts, and the switch. */
export function PresentationPanel() {
  const { t } = useTranslation();
  return (
    <section className="workshop-panel" aria-labelledby="presentation-panel-title" data-testid="presentation-panel">
      <h2 id="presentation-panel-title">{t('presentation.panel.title')}</h2>
      <p>{t('presentation.panel.intro')}</p>
      <ul className="presentation-panel-list">
        <li>{t('presentation.panel.fonts')}</li>
        <li>{t('presentation.panel.map')}</li>
        <li>{t('presentation.panel.fullscreen')}</li>
      </ul>
      <div className="button-row">
        <PresentationToggle className="button button-primary" />
      </div>
      <p className="field-hint">{t('presentation.shortcuts')}</p>
    </section>
  );
}
