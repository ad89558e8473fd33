import { Suspense, lazy, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ProducersSection } from './features/producers/ProducersSection.js';
import { ReportsSection } from './features/reports/section/ReportsSection.js';
import { ExchangeSection } from './features/exchange/ExchangeSection.js';
import { RecoveryGate } from './features/recovery/RecoveryGate.js';
import { WorkshopSection } from './features/workshop/WorkshopSection.js';
import { DemoBanner } from './features/workshop/demo/DemoBanner.js';
import { useWorkspaceKind } from './features/workshop/demo/use-workspace-kind.js';
import { WorkshopOverlays } from './features/workshop/WorkshopOverlays.js';
import { SettingsPage } from './features/settings/SettingsPage.js';
import { useIsPrintRoute } from './features/reports/print/use-is-print-route.js';
import { useSavedLocale } from './i18n/use-saved-locale.js';
import { assertNever } from './lib/assert-never.js';
import { ActiveOrganisationProvider } from './shell/active-organisation.js';
import { ActiveOrganisationSelect } from './shell/ActiveOrganisationSelect.js';
import { Nav, useSectionLabel } from './shell/Nav.js';
import type { Section } from './shell/routes.js';
import { StatusBar } from './shell/StatusBar.js';
import { useHashRoute } from './shell/use-hash-route.js';

// MapLibre and the world data are most of the bundle: a separate chunk keeps the other pages light.
const MapPage = lazy(async () => ({ default: (await import('./features/map/MapPage.js')).MapPage }));
// chart.js is only needed by the risk dashboard: its own chunk too.
const RiskSection = lazy(async () => ({ default: (await import('./features/risk/RiskSection.js')).RiskSection }));
// Plans (and the income chart they show) in their own chunk too.
const PlansSection = lazy(async () => ({ default: (await import('./features/plans/PlansSection.js')).PlansSection }));
// The PDF reports' print routes (#/imprimir/…), loaded only by the printer.
const PrintApp = lazy(async () => ({ default: (await import('./features/reports/print/PrintApp.js')).PrintApp }));

function SectionView({ section }: { section: Section }) {
  const { t } = useTranslation();
  switch (section) {
    case 'mapa':
      return (
        <Suspense fallback={<p className="page muted">{t('app.loading')}</p>}>
          <MapPage />
        </Suspense>
      );
    case 'productores':
      return <ProducersSection />;
    case 'riesgos':
      return (
        <Suspense fallback={<p className="page muted">{t('app.loading')}</p>}>
          <RiskSection />
        </Suspense>
      );
    case 'planes':
      return (
        <Suspense fallback={<p className="page muted">{t('app.loading')}</p>}>
          <PlansSection />
        </Suspense>
      );
    case 'informes':
      return <ReportsSection />;
    case 'intercambio':
      return <ExchangeSection />;
    case 'taller':
      return <WorkshopSection />;
    case 'ajustes':
      return <SettingsPage />;
    default:
      return assertNever(section, 'section');
  }
}

export function App() {
  // A print route shows one report alone: no navigation, no status bar, no saved-language switch.
  const print = useIsPrintRoute();
  return print ? (
    <Suspense fallback={null}>
      <PrintApp />
    </Suspense>
  ) : (
    // A database found damaged at start: the recovery screen instead of the app (features/recovery).
    <RecoveryGate>
      <AppShell />
    </RecoveryGate>
  );
}

function AppShell() {
  const { t } = useTranslation();
  const section = useHashRoute();
  const sectionLabel = useSectionLabel();
  const main = useRef<HTMLElement>(null);
  const workspace = useWorkspaceKind();
  useSavedLocale();

  // The window title names the section: what screen readers announce and task switchers show.
  const title = t('app.documentTitle', { section: sectionLabel(section) });
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    // Every section (and the map) filters by the active organisation: the provider wraps them all.
    // Keyed on the open database: swapping to or from the demo mounts everything afresh from the new file.
    <ActiveOrganisationProvider key={workspace}>
      <div className="app" data-section={section}>
        {/* NOTE: not a plain href="#main": the hash is the router, so the link moves focus itself. */}
        <a
          className="skip-link"
          href="#main-content"
          data-testid="skip-link"
          onClick={(event) => {
            event.preventDefault();
            main.current?.focus();
          }}
        >
          {t('app.skipToContent')}
        </a>
        <header className="app-header">
          <span className="app-mark" aria-hidden="true" />
          <span className="app-name">{t('app.name')}</span>
          <span className="app-tagline">{t('app.tagline')}</span>
          <ActiveOrganisationSelect />
        </header>
        <DemoBanner />
        <Nav current={section} />
        <main id="main-content" ref={main} tabIndex={-1} className="app-main" data-testid="main">
          <SectionView section={section} />
        </main>
        <StatusBar />
        {/* Presentation mode's slim bar and shortcuts, and the guided tour: above every section. */}
        <WorkshopOverlays />
      </div>
    </ActiveOrganisationProvider>
  );
}
