import { ApiError } from '../../../shared/api/errors.js';
import type { ActionFields, ActionPatch, Plan } from '../../../shared/domain/plan.js';
import type { Store } from '../store/open-store.js';
import { newId, nowIso } from '../store/rows.js';
import { stmt } from '../store/statements.js';
import { getMeasure } from './measures-store.js';
import { getPlan, planRow } from './plans-store.js';

/** Plots named by an action must be live and belong to the plan's family (farm plans) or organisation. */
function checkPlots(db: Store, planId: string, plotIds: readonly string[]): void {
  if (plotIds.length === 0) return;
  const plan = planRow(db, planId);
  const rows = db
    .prepare(
      `SELECT p.id, p.producer_id, pr.organisation_id FROM plots p JOIN producers pr ON pr.id = p.producer_id
        WHERE p.deleted_at IS NULL AND p.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(plotIds)) as { id: string; producer_id: string; organisation_id: string }[];
  const ok = (r: (typeof rows)[number]) =>
    plan.kind === 'farm' ? r.producer_id === plan.producer_id : r.organisation_id === plan.organisation_id;
  const wrong = plotIds.find((id) => !rows.some((r) => r.id === id && ok(r)));
  if (wrong) {
    throw new ApiError('VALIDATION', "A plot of the action is not one of this plan's plots.", {
      field: 'plotIds',
      plotId: wrong,
    });
  }
}

/**
 * An approved plan is a record of what was agreed: its actions' substance
 * (measures, plots, quantities, schedule, funding) changes only in a new
 * version. Monitoring (status, progress, responsible, notes) goes on.
 */
const structuralKeys: readonly (keyof ActionPatch)[] = ['plotIds', 'quantity', 'year', 'quarter', 'fundingSource'];
export function assertEditable(db: Store, planId: string): void {
  if (planRow(db, planId).approved_at !== null) {
    throw new ApiError('CONFLICT', 'The plan is approved: make a new version to change it.', {
      reason: 'PLAN_APPROVED',
      planId,
    });
  }
}

function actionPlanId(db: Store, actionId: string): string {
  const row = stmt(db, 'SELECT plan_id FROM plan_actions WHERE id = ? AND deleted_at IS NULL').get(actionId) as
    { plan_id: string } | undefined;
  if (!row) throw new ApiError('NOT_FOUND', 'No such action.', { entity: 'action', id: actionId });
  return row.plan_id;
}

/** The measure's current version is copied into the action: later catalogue edits do not change this plan. */
export function addAction(db: Store, planId: string, fields: ActionFields): Plan {
  const plan = planRow(db, planId);
  assertEditable(db, planId);
  const measure = getMeasure(db, fields.measureId);
  if (measure.archivedAt !== null) {
    throw new ApiError('CONFLICT', 'The measure is archived.', { entity: 'measure', id: measure.id });
  }
  if (measure.organisationId !== null && measure.organisationId !== plan.organisation_id) {
    throw new ApiError('NOT_FOUND', 'No such measure.', { entity: 'measure', id: measure.id });
  }
  checkPlots(db, planId, fields.plotIds);
  const {
    id: measureId,
    version,
    code: _code,
    organisationId: _o,
    builtIn: _b,
    archivedAt: _a,
    updatedAt: _u,
    ...rest
  } = measure;
  const snapshot = { ...rest, measureId, version };
  const now = nowIso();
  // One transaction with the plan's stamp: a crash in between left an action its plan did not know of.
  db.transaction(() => {
    stmt(
      db,
      `INSERT INTO plan_actions (id, plan_id, measure_id, measure, plot_ids, quantity, year, quarter, responsible,
         funding_source, indicator, target, status, rationale, created_at, updated_at)
       VALUES (@id, @planId, @measureId, @measure, @plotIds, @quantity, @year, @quarter, @responsible,
         @fundingSource, @indicator, @target, @status, @rationale, @now, @now)`,
    ).run({
      ...fields,
      id: newId(),
      planId,
      measure: JSON.stringify(snapshot),
      plotIds: JSON.stringify(fields.plotIds),
      now,
    });
    touchPlan(db, planId, now);
  })();
  return getPlan(db, planId);
}

const actionColumns: Record<keyof ActionPatch, string> = {
  plotIds: 'plot_ids',
  quantity: 'quantity',
  year: 'year',
  quarter: 'quarter',
  responsible: 'responsible',
  fundingSource: 'funding_source',
  indicator: 'indicator',
  target: 'target',
  status: 'status',
  rationale: 'rationale',
};

export function updateAction(db: Store, actionId: string, patch: ActionPatch): Plan {
  const planId = actionPlanId(db, actionId);
  if (structuralKeys.some((key) => patch[key] !== undefined)) assertEditable(db, planId);
  if (patch.plotIds) checkPlots(db, planId, patch.plotIds);
  const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as [keyof ActionPatch, unknown][];
  const now = nowIso();
  if (entries.length > 0) {
    const values = Object.fromEntries(entries.map(([k, v]) => [k, k === 'plotIds' ? JSON.stringify(v) : v]));
    db.transaction(() => {
      db.prepare(
        `UPDATE plan_actions SET ${entries.map(([k]) => `${actionColumns[k]} = @${k}`).join(', ')}, updated_at = @now
          WHERE id = @id`,
      ).run({ ...values, id: actionId, now });
      touchPlan(db, planId, now);
    })();
  }
  return getPlan(db, planId);
}

export function removeAction(db: Store, actionId: string): Plan {
  const planId = actionPlanId(db, actionId);
  assertEditable(db, planId);
  const now = nowIso();
  db.transaction(() => {
    stmt(db, 'UPDATE plan_actions SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, actionId);
    touchPlan(db, planId, now);
  })();
  return getPlan(db, planId);
}

/** Progress moves the status along: above 0 % a planned action is in progress; 100 % is done. */
export function addProgress(
  db: Store,
  input: { actionId: string; date: string; percentDone: number; notes: string },
): Plan {
  const planId = actionPlanId(db, input.actionId);
  const now = nowIso();
  db.transaction(() => {
    stmt(
      db,
      `INSERT INTO plan_progress (id, action_id, date, percent_done, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(newId(), input.actionId, input.date, input.percentDone, input.notes, now, now);
    const status =
      input.percentDone >= 100
        ? "'done'"
        : input.percentDone > 0
          ? "CASE status WHEN 'planned' THEN 'in_progress' ELSE status END"
          : 'status';
    db.prepare(`UPDATE plan_actions SET status = ${status}, updated_at = ? WHERE id = ? AND status != 'dropped'`).run(
      now,
      input.actionId,
    );
    touchPlan(db, planId, now);
  })();
  return getPlan(db, planId);
}

const touchPlan = (db: Store, planId: string, now: string) =>
  stmt(db, 'UPDATE plans SET updated_at = ? WHERE id = ?').run(now, planId);
