import { modelHazards } from '../domain/hazard.js';
import type { ModelHazard } from '../domain/hazard.js';
import type { MeasureGroup } from '../domain/measure.js';
import { isActive } from './plan-action-view.js';
import type { TotalsAction } from './plan-action-view.js';
import { planBudget } from './plan-budget.js';
import type { PlanBudget } from './plan-budget.js';
import { planProgress } from './plan-timeline.js';

export { incomeDistribution } from './income-distribution.js';
export type { GapBin, GapBinCount, IncomeDistribution } from './income-distribution.js';

/** A farm plan as the totals read it (a full `Plan` fits). */
export interface FarmPlanInput<A extends TotalsAction = TotalsAction> {
  producerId: string | null;
  actions: readonly A[];
}

export interface OrganisationTotalsInput<A extends TotalsAction = TotalsAction> {
  farmPlans: readonly FarmPlanInput<A>[];
  /** The organisation plan's own actions (nurseries, training…). */
  organisationActions: readonly A[];
  /** The period the year rows cover (usually the organisation plan's). */
  startYear: number;
  endYear: number;
}

export interface HazardCount {
  hazard: ModelHazard;
  /** Non-dropped actions whose measure addresses the hazard. */
  actionCount: number;
}

export interface HectaresByStatus {
  /** Every non-dropped action. */
  plannedHa: number;
  /** Actions marked done. */
  doneHa: number;
}

export interface OrganisationTotals {
  /** Σ over every farm plan and the organisation plan (plan-budget.ts; outside-period actions in totals only). */
  budget: PlanBudget;
  /** Coffee renovated: actions of group 'renovation' counted in ha. */
  renovation: HectaresByStatus;
  /** Shade / agroforestry: actions of group 'agroforestry' counted in ha. */
  agroforestry: HectaresByStatus;
  /** Distinct producers whose farm plan has at least one non-dropped action. */
  familiesReached: number;
  /** Hazards addressed by at least one non-dropped action, in the model's hazard order. */
  hazards: HazardCount[];
  /** Cost-weighted progress over all actions, 0–100; null with no non-dropped action. */
  progressPct: number | null;
}

/**
 * Hectares of one measure group in plans: Σ quantity over non-dropped actions of that group counted in ha. Measures
 * counted in plants are left out on purpose: a nursery's plants are for the farms' renovation, which the farm plans
 * already count in hectares.
 */
function groupHectares(actions: readonly TotalsAction[], group: MeasureGroup): HectaresByStatus {
  let plannedHa = 0;
  let doneHa = 0;
  for (const a of actions) {
    if (!isActive(a) || a.measure.group !== group || a.measure.unit !== 'ha') continue;
    plannedHa += a.quantity;
    if (a.status === 'done') doneHa += a.quantity;
  }
  return { plannedHa, doneHa };
}

/** The organisation's resilience plan in figures, from its members' farm plans and its own actions. */
export function organisationTotals<A extends TotalsAction>({
  farmPlans,
  organisationActions,
  startYear,
  endYear,
}: OrganisationTotalsInput<A>): OrganisationTotals {
  const all: A[] = [...farmPlans.flatMap((p) => p.actions), ...organisationActions];
  const families = new Set<string>();
  for (const plan of farmPlans) {
    if (plan.producerId !== null && plan.actions.some(isActive)) families.add(plan.producerId);
  }
  const perHazard = new Map<ModelHazard, number>();
  for (const a of all) {
    if (!isActive(a)) continue;
    // A measure lists each hazard once; a Set guards against a hand-edited duplicate.
    for (const hazard of new Set(a.measure.hazards)) perHazard.set(hazard, (perHazard.get(hazard) ?? 0) + 1);
  }
  return {
    budget: planBudget(all, startYear, endYear),
    renovation: groupHectares(all, 'renovation'),
    agroforestry: groupHectares(all, 'agroforestry'),
    familiesReached: families.size,
    hazards: modelHazards
      .map((hazard) => ({ hazard, actionCount: perHazard.get(hazard) ?? 0 }))
      .filter((h) => h.actionCount > 0),
    progressPct: planProgress(all),
  };
}
