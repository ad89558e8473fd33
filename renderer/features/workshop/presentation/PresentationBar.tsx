import { useTranslation } from 'react-i18next';
import { useSectionLabel } from '../../../shell/Nav.js';
import { hrefFor, sections } from '../../../shell/routes.js';
import { useHashRoute } from '../../../shell/use-hash-route.js';
import { TourButton } from '../tour/TourButton.js';
import { setPresentation, usePresentation } from './presentation-store.js';
import './presentation.css';

/**
 * In presentation mode the header, side navigation and status bar give way
 * to this one slim bar: the sections as short links (a trainer still moves
 * between them), the tour, and the way out.
 */
export function PresentationBar() {
  const { t } = useTranslation();
  const active = usePresentation();
  const current = useHashRoute();
  const label = useSectionLabel();
  if (!active) return null;
  return (
    <div className="presentation-bar" data-testid="presentation-bar">
      <span className="presentation-bar-name">{t('app.name')}</span>
      <nav aria-label={t('nav.label')}>
        <ul className="presentation-bar-sections">
          {sections.map((section) => (
            <li key={section}>
              <a
                href={hrefFor(section)}
                data-testid={`presentation-nav-${section}`}
                aria-current={section === current ? 'page' : undefined}
              >
                {label(section)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <TourButton testId="presentation-tour-open" />
      <button
        type="button"
        className="presentation-bar-exit"
        data-testid="presentation-exit"
        title={t('presentation.exitHint')}
        onClick={() => setPresentation(false)}
      >
        {t('presentation.exit')}
      </button>
    </div>
  );
}
