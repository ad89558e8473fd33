import './risk.css';
import { useTranslation } from 'react-i18next';
import { assertNever } from '../../lib/assert-never.js';
import { useActiveOrganisation } from '../../shell/active-organisation.js';
import { NeedsOrganisation } from '../producers/NeedsOrganisation.js';
import { MethodologyPage } from './MethodologyPage.js';
import { RiskPanel } from './RiskPanel.js';
import { riskHref, useRiskRoute } from './risk-routes.js';
import type { RiskRoute } from './risk-routes.js';

/**
 * *Riesgos*: the active organisation's climate risk (Panel) and how it is
 * worked out (Metodología). Loaded as its own chunk with chart.js.
 */
export function RiskSection() {
  const { t } = useTranslation();
  const route = useRiskRoute();
  const { organisation, organisations, status } = useActiveOrganisation();

  function view(current: RiskRoute) {
    switch (current.view) {
      case 'methodology':
        return <MethodologyPage />;
      case 'panel':
        if (status === 'loading') return <p className="muted">{t('app.loading')}</p>;
        if (!organisation) return <NeedsOrganisation hasOrganisations={organisations.length > 0} />;
        // key: switching organisation starts from a clean panel (filters, open card).
        return <RiskPanel key={organisation.id} organisation={organisation} />;
      default:
        return assertNever(current, 'risk route');
    }
  }

  const current = (view: RiskRoute['view']) => (route.view === view ? 'page' : undefined);
  return (
    <div className="page risk-page" data-testid="section-riesgos" data-view={route.view}>
      <header className="page-header">
        <h1>{t('riskDashboard.title')}</h1>
        <p className="page-intro">{t('riskDashboard.intro')}</p>
      </header>
      <nav className="subnav" aria-label={t('riskDashboard.tabsLabel')}>
        <a href={riskHref.panel} className="subnav-link" data-testid="risk-tab-panel" aria-current={current('panel')}>
          {t('riskDashboard.tabs.panel')}
        </a>
        <a
          href={riskHref.methodology}
          className="subnav-link"
          data-testid="risk-tab-methodology"
          aria-current={current('methodology')}
        >
          {t('riskDashboard.tabs.methodology')}
        </a>
      </nav>
      {view(route)}
    </div>
  );
}
