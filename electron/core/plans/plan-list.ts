import type { PlanSummary } from '../../../shared/domain/plan.js';
import { planBudget } from '../../../shared/plans/plan-budget.js';
import type { Store } from '../store/open-store.js';
import { stmt } from '../store/statements.js';
import type { planRow } from './plans-store.js';
import { actionsOf, PLAN_SELECT, planFromRow } from './plans-store.js';

/** An organisation's plans (or one family's), newest version first within each family. */
export function listPlans(db: Store, organisationId: string, producerId?: string): PlanSummary[] {
  const rows = stmt(
    db,
    `${PLAN_SELECT} WHERE p.organisation_id = @organisationId AND p.deleted_at IS NULL
       AND (@producerId IS NULL OR p.producer_id = @producerId)
     ORDER BY p.kind DESC, pr.names, p.version DESC`,
  ).all({ organisationId, producerId: producerId ?? null }) as ReturnType<typeof planRow>[];
  return rows.map((row) => {
    const { actions, ...plan } = planFromRow(row, actionsOf(db, row.id));
    const budget = planBudget(actions, plan.startYear, plan.endYear);
    return {
      ...plan,
      actionCount: actions.filter((a) => a.status !== 'dropped').length,
      totalCostSoles: budget.totalSoles,
      hazards: [...new Set(actions.filter((a) => a.status !== 'dropped').flatMap((a) => a.measure.hazards))],
    };
  });
}
