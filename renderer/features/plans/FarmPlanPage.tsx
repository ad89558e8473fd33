import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/domain/plan.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { ActionsSection } from './ActionsSection.js';
import { ApprovalSection } from './ApprovalSection.js';
import { BudgetSection } from './BudgetSection.js';
import { IncomeSection } from './IncomeSection.js';
import { MonitoringSection } from './MonitoringSection.js';
import { ObjectivesSection } from './ObjectivesSection.js';
import { PlanHeader } from './PlanHeader.js';
import { PlanJumpNav } from './PlanJumpNav.js';
import { plansHref } from './plan-routes.js';
import { ProposalsSection } from './ProposalsSection.js';
import { TimelineSection } from './TimelineSection.js';
import { useMeasures, usePlan, usePlanFigures, useProducerPlots, useProposals } from './use-plan-queries.js';

/** `#/planes/<id>`: a family's farm plan, from its risks to its budget, schedule, monitoring and income. */
export function FarmPlanPage({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const plan = usePlan(planId);
  if (plan.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (plan.status === 'error') {
    return (
      <>
        <a className="back-link" href={plansHref.list}>
          {t('farmPlans.page.back')}
        </a>
        <ErrorNotice error={plan.error} />
      </>
    );
  }
  if (plan.data.kind === 'organisation') {
    return (
      <div className="empty-state guide" data-testid="plan-is-organisation">
        <p>{t('farmPlans.page.isOrganisation')}</p>
        <a className="button" href={plansHref.organisation(plan.data.id)}>
          {t('farmPlans.orgPlan.open')}
        </a>
      </div>
    );
  }
  return <FarmPlanView plan={plan.data} />;
}

function FarmPlanView({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const figures = usePlanFigures(plan.id);
  const proposals = useProposals(plan.id);
  const measures = useMeasures(plan.organisationId);
  const plots = useProducerPlots(plan.producerId ?? '');
  const measureById = useMemo(
    () => new Map(measures.status === 'ready' ? measures.data.map((m) => [m.id, m]) : []),
    [measures],
  );
  const lateIds = useMemo(() => new Set(figures.status === 'ready' ? figures.data.lateActionIds : []), [figures]);
  const plotList = plots.status === 'ready' ? plots.data : [];
  const measureList = measures.status === 'ready' ? measures.data : [];
  // Approved: what the plan plans is fixed (the core refuses changes); monitoring goes on.
  const structureLocked = plan.approvedAt !== null;

  return (
    <article className="plan-page" aria-labelledby="plan-heading" data-testid="farm-plan-page" data-plan-id={plan.id}>
      <PlanHeader plan={plan} />
      <PlanJumpNav />
      {structureLocked && (
        <p className="notice" data-testid="plan-locked">
          {t('farmPlans.page.locked')}
        </p>
      )}
      {plots.status === 'error' && <ErrorNotice error={plots.error} />}
      {measures.status === 'error' && <ErrorNotice error={measures.error} />}
      <ObjectivesSection plan={plan} />
      <ProposalsSection plan={plan} proposals={proposals} measures={measureById} structureLocked={structureLocked} />
      <ActionsSection
        plan={plan}
        measures={measureList}
        plots={plotList}
        plotsReady={plots.status === 'ready'}
        lateActionIds={lateIds}
        structureLocked={structureLocked}
      />
      {figures.status === 'error' && <ErrorNotice error={figures.error} />}
      {figures.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {figures.status === 'ready' && (
        <>
          <BudgetSection budget={figures.data.budget} />
          <TimelineSection plan={plan} lateActionIds={lateIds} />
          <MonitoringSection plan={plan} progressPct={figures.data.progressPct} lateActionIds={lateIds} />
          <IncomeSection income={figures.data.income} producerId={plan.producerId} />
        </>
      )}
      <ApprovalSection plan={plan} />
    </article>
  );
}
