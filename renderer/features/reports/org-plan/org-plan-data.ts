import type { PlotFeatureCollection } from '../../../../shared/api/plots.js';
import type { CafetalApi } from '../../../../shared/api/client-types.js';
import type { PlanFigures } from '../../../../shared/api/plans.js';
import type { RiskRow, RiskSummary } from '../../../../shared/api/risk.js';
import type { Organisation } from '../../../../shared/domain/organisation.js';
import type { Plan, PlanSummary } from '../../../../shared/domain/plan.js';

/** Everything the organisation plan report shows, read once (a print route never changes under the printer). */
export interface OrgPlanReportData {
  readonly plan: Plan;
  readonly figures: PlanFigures;
  readonly organisation: Organisation;
  /** The organisation's plans (for each family's farm-plan version in the annex). */
  readonly plans: readonly PlanSummary[];
  readonly riskSummary: RiskSummary;
  /** Each plot's levels in the plan's scenario, for the map. */
  readonly riskRows: readonly RiskRow[];
  /** Every plot of the organisation, with its geometry, for the map. */
  readonly plots: PlotFeatureCollection;
}

/**
 * Reads the plan first (it names the organisation and the scenario), then
 * the rest side by side. `today` decides which actions are late, as on screen.
 */
export async function loadOrgPlanReport(api: CafetalApi, planId: string, today: string): Promise<OrgPlanReportData> {
  const [plan, figures] = await Promise.all([api.plans.get({ id: planId }), api.plans.figures({ id: planId, today })]);
  const organisationId = plan.organisationId;
  const [organisation, plans, riskSummary, riskRows, plots] = await Promise.all([
    api.organisations.get({ id: organisationId }),
    api.plans.list({ organisationId }),
    api.risk.summary({ organisationId }),
    api.risk.results({ organisationId, scenarioId: plan.scenarioId }),
    api.plots.features({ organisationId }),
  ]);
  return { plan, figures, organisation, plans, riskSummary, riskRows, plots };
}
