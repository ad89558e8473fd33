import { useTranslation } from 'react-i18next';
import { hrefFor, sections } from './routes.js';
import type { Section } from './routes.js';

/** Keys spelled out (not built from the id) so the compiler checks each one exists. */
const labelKeys = {
  mapa: 'nav.mapa',
  productores: 'nav.productores',
  riesgos: 'nav.riesgos',
  planes: 'nav.planes',
  informes: 'nav.informes',
  intercambio: 'exchange.nav',
  taller: 'nav.taller',
  ajustes: 'nav.ajustes',
} as const satisfies Record<Section, string>;

export function useSectionLabel(): (section: Section) => string {
  const { t } = useTranslation();
  return (section) => t(labelKeys[section]);
}

export function Nav({ current }: { current: Section }) {
  const { t } = useTranslation();
  const label = useSectionLabel();
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {sections.map((section) => (
          <li key={section}>
            <a
              href={hrefFor(section)}
              className="nav-link"
              data-testid={`nav-${section}`}
              aria-current={section === current ? 'page' : undefined}
            >
              {label(section)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
