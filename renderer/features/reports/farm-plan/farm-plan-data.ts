import type { CafetalApi } from '../../../../shared/api/client-types.js';
import type { PlanFigures } from '../../../../shared/api/plans.js';
import type { PlotFeatureCollection } from '../../../../shared/api/plots.js';
import type { PlotRiskCard } from '../../../../shared/api/risk.js';
import type { Organisation } from '../../../../shared/domain/organisation.js';
import type { Plan } from '../../../../shared/domain/plan.js';
import type { PlotSummary } from '../../../../shared/domain/plot.js';
import type { Producer } from '../../../../shared/domain/producer.js';

/** Everything the farm plan report shows, read once (a print route never changes under the printer). */
export interface FarmPlanReportData {
  readonly plan: Plan;
  readonly figures: PlanFigures;
  readonly organisation: Organisation;
  readonly producer: Producer;
  /** The family's plots, in the plot list's order. */
  readonly plots: readonly PlotSummary[];
  /** The same plots with their geometry, for the map. */
  readonly features: PlotFeatureCollection;
  /**
   * Each plot's risk card (every scenario's levels and their drivers), in the
   * plots' order. A family has a handful of plots: one `risk.plot` each is
   * lighter than the organisation-wide `risk.results`, and carries the drivers.
   */
  readonly riskCards: readonly PlotRiskCard[];
}

/** Thrown for a plan that is not a family's farm plan: the print says so rather than printing an empty report. */
export class NotAFarmPlanError extends Error {}

/**
 * Reads the plan first (it names the organisation and the family), then the
 * rest side by side. `today` decides which actions are late, as on screen.
 */
export async function loadFarmPlanReport(api: CafetalApi, planId: string, today: string): Promise<FarmPlanReportData> {
  const [plan, figures] = await Promise.all([api.plans.get({ id: planId }), api.plans.figures({ id: planId, today })]);
  const producerId = plan.producerId;
  if (plan.kind !== 'farm' || producerId === null) throw new NotAFarmPlanError(`Plan ${planId} is not a farm plan.`);
  const [organisation, producer, plots, features] = await Promise.all([
    api.organisations.get({ id: plan.organisationId }),
    api.producers.get({ id: producerId }),
    api.plots.list({ producerId }),
    api.plots.features({ producerId }),
  ]);
  const riskCards = await Promise.all(plots.map((plot) => api.risk.plot({ plotId: plot.id })));
  return { plan, figures, organisation, producer, plots, features, riskCards };
}
