import { Suspense, lazy } from 'react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { plansHref } from './plan-routes.js';

type PageModule = { OrganisationPlanPage: ComponentType<{ planId: string }> };

// The organisation plan page is a colleague's (renderer/features/plans/org/). A glob, not an import: the build
// resolves it to that file when it is there and to nothing otherwise, so this section builds either way.
const pages = import.meta.glob<PageModule>('./org/OrganisationPlanPage.tsx');

function Unavailable() {
  const { t } = useTranslation();
  return (
    <div className="empty-state guide" data-testid="org-plan-unavailable">
      <p>{t('farmPlans.orgPlan.unavailable')}</p>
      <a className="button" href={plansHref.list}>
        {t('farmPlans.page.back')}
      </a>
    </div>
  );
}

const OrganisationPlanPage = lazy(async (): Promise<{ default: ComponentType<{ planId: string }> }> => {
  const load = pages['./org/OrganisationPlanPage.tsx'];
  return { default: load ? (await load()).OrganisationPlanPage : Unavailable };
});

/** `#/planes/organizacion/<id>`: the organisation's resilience plan, in its own chunk. */
export function OrganisationPlanView({ planId }: { planId: string }) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
      <OrganisationPlanPage planId={planId} />
    </Suspense>
  );
}
