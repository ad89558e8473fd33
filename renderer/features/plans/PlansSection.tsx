import './plans.css';
import { useTranslation } from 'react-i18next';
import { assertNever } from '../../lib/assert-never.js';
import { useActiveOrganisation } from '../../shell/active-organisation.js';
import { CataloguePage } from '../catalogue/CataloguePage.js';
import { NeedsOrganisation } from '../producers/NeedsOrganisation.js';
import { FarmPlanPage } from './FarmPlanPage.js';
import { OrganisationPlanView } from './OrganisationPlanView.js';
import { PlansList } from './PlansList.js';
import { usePlansRoute } from './plan-routes.js';
import type { PlansRoute } from './plan-routes.js';

/**
 * *Planes*: the active organisation's farm plans (one per family, versioned)
 * and its resilience plan. Loaded as its own chunk.
 */
export function PlansSection() {
  const { t } = useTranslation();
  const route = usePlansRoute();
  const { organisation, organisations, status } = useActiveOrganisation();

  function view(current: PlansRoute) {
    switch (current.view) {
      case 'farm':
        // key: another plan (a new version) starts from clean forms.
        return <FarmPlanPage key={current.planId} planId={current.planId} />;
      case 'organisation':
        return <OrganisationPlanView key={current.planId} planId={current.planId} />;
      case 'catalogue':
        return <CataloguePage />;
      case 'list':
        if (status === 'loading') return <p className="muted">{t('app.loading')}</p>;
        if (!organisation) return <NeedsOrganisation hasOrganisations={organisations.length > 0} />;
        return <PlansList key={organisation.id} organisation={organisation} />;
      default:
        return assertNever(current, 'plans route');
    }
  }

  return (
    <div className="page plans-page" data-testid="section-planes" data-view={route.view}>
      {route.view === 'list' && (
        <header className="page-header">
          <h1>{t('farmPlans.section.title')}</h1>
          <p className="page-intro">{t('farmPlans.section.intro')}</p>
        </header>
      )}
      {view(route)}
    </div>
  );
}
