import './org-plan.css';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ErrorNotice.js';
import { plansHref } from '../plan-routes.js';
import { usePlan, usePlanFigures } from '../use-plan-queries.js';
import { BudgetSection } from './BudgetSection.js';
import { FamiliesAnnex } from './FamiliesAnnex.js';
import { IncomeDistributionSection } from './IncomeDistributionSection.js';
import { OrgActionsSection } from './OrgActionsSection.js';
import { OrgPlanHeader } from './OrgPlanHeader.js';
import { OrgSummary } from './OrgSummary.js';
import { OrgTimeline } from './OrgTimeline.js';

/**
 * `#/planes/organizacion/<id>`: the organisation's resilience plan. Its own
 * actions (nurseries, training, a collective wet mill, certification,
 * credit) and what the members' farm plans add up to: budget by year and
 * source, hazards addressed, families reached, and the living-income gap
 * before and after, with one row per family in the annex.
 */
export function OrganisationPlanPage({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const plan = usePlan(planId);
  const figures = usePlanFigures(planId);

  if (plan.status === 'error') return <ErrorNotice error={plan.error} />;
  if (figures.status === 'error') return <ErrorNotice error={figures.error} />;
  if (plan.status === 'loading' || figures.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  const current = plan.data;
  const totals = figures.data.organisation;

  return (
    <article className="org-plan" aria-labelledby="org-plan-title" data-testid="org-plan-page">
      <a className="back-link" href={plansHref.list}>
        {t('orgPlan.back')}
      </a>
      <OrgPlanHeader plan={current} progressPct={figures.data.progressPct} />
      {totals === null ? (
        <p className="notice">{t('orgPlan.noTotals')}</p>
      ) : (
        <>
          <OrgSummary totals={totals} ownBudgetSoles={figures.data.budget.totalSoles} />
          <BudgetSection byYear={totals.budgetByYear} bySource={totals.budgetBySource} totalSoles={totals.totalSoles} />
        </>
      )}
      <OrgActionsSection plan={current} lateActionIds={figures.data.lateActionIds} />
      <OrgTimeline plan={current} lateActionIds={figures.data.lateActionIds} />
      {totals !== null && (
        <>
          <IncomeDistributionSection distribution={totals.incomeDistribution} />
          <FamiliesAnnex families={totals.families} />
        </>
      )}
    </article>
  );
}
