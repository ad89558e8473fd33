import type { PlanSummary } from '../../../shared/domain/plan.js';

/** A plan as the list shows it: its newest version, with the versions it was copied from (newest first). */
export interface PlanChain {
  readonly latest: PlanSummary;
  readonly older: readonly PlanSummary[];
}

/**
 * Groups versions by following `previousVersionId`: a plan no other plan was
 * copied from is the newest of its chain. Two separate plans for one family
 * stay two rows. Chains keep the order of their newest version in `plans`.
 */
export function planChains(plans: readonly PlanSummary[]): PlanChain[] {
  const byId = new Map(plans.map((plan) => [plan.id, plan]));
  const superseded = new Set(plans.flatMap((plan) => (plan.previousVersionId ? [plan.previousVersionId] : [])));
  return plans
    .filter((plan) => !superseded.has(plan.id))
    .map((latest) => {
      const older: PlanSummary[] = [];
      let previous = latest.previousVersionId ? byId.get(latest.previousVersionId) : undefined;
      // The guard stops on a (corrupt) cycle instead of looping.
      while (previous && older.length < plans.length) {
        older.push(previous);
        previous = previous.previousVersionId ? byId.get(previous.previousVersionId) : undefined;
      }
      return { latest, older };
    });
}
