import { ApiError } from '../../../shared/api/errors.js';
import { measureSnapshotSchema, planSchema } from '../../../shared/domain/plan.js';
import type { Plan, PlanAction, PlanFields, PlanPatch, ProgressEntry } from '../../../shared/domain/plan.js';
import { getProducer } from '../producers/producers-store.js';
import type { Store } from '../store/open-store.js';
import { newId, nowIso } from '../store/rows.js';
import { stmt } from '../store/statements.js';

interface PlanRow {
  id: string;
  organisation_id: string;
  kind: 'farm' | 'organisation';
  producer_id: string | null;
  producer_name: string | null;
  title: string;
  start_year: number;
  end_year: number;
  scenario_id: string;
  objectives: string;
  version: number;
  previous_version_id: string | null;
  approved_by: string | null;
  approved_at: string | null;
  created_at: string;
  updated_at: string;
}

interface ActionRow {
  id: string;
  plan_id: string;
  measure: string;
  plot_ids: string;
  quantity: number;
  year: number;
  quarter: number;
  responsible: string;
  funding_source: string;
  indicator: string;
  target: string;
  status: string;
  rationale: string;
  created_at: string;
  updated_at: string;
}

export const PLAN_SELECT = `SELECT p.*, pr.names AS producer_name FROM plans p LEFT JOIN producers pr ON pr.id = p.producer_id`;

export function planRow(db: Store, id: string): PlanRow {
  const row = stmt(db, `${PLAN_SELECT} WHERE p.id = ? AND p.deleted_at IS NULL`).get(id) as PlanRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', 'No such plan.', { entity: 'plan', id });
  return row;
}

function progressOf(db: Store, actionIds: readonly string[]): Map<string, ProgressEntry[]> {
  const byAction = new Map<string, ProgressEntry[]>();
  if (actionIds.length === 0) return byAction;
  const rows = db
    .prepare(
      `SELECT id, action_id, date, percent_done, notes, created_at FROM plan_progress
        WHERE deleted_at IS NULL AND action_id IN (SELECT value FROM json_each(?))
        ORDER BY date DESC, created_at DESC`,
    )
    .all(JSON.stringify(actionIds)) as {
    id: string;
    action_id: string;
    date: string;
    percent_done: number;
    notes: string;
    created_at: string;
  }[];
  for (const r of rows) {
    const list = byAction.get(r.action_id) ?? [];
    list.push({
      id: r.id,
      actionId: r.action_id,
      date: r.date,
      percentDone: r.percent_done,
      notes: r.notes,
      createdAt: r.created_at,
    });
    byAction.set(r.action_id, list);
  }
  return byAction;
}

export function actionsOf(db: Store, planId: string): PlanAction[] {
  const rows = stmt(
    db,
    'SELECT * FROM plan_actions WHERE plan_id = ? AND deleted_at IS NULL ORDER BY year, quarter, created_at',
  ).all(planId) as ActionRow[];
  const progress = progressOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    planId: r.plan_id,
    measure: measureSnapshotSchema.parse(JSON.parse(r.measure)),
    plotIds: JSON.parse(r.plot_ids) as string[],
    quantity: r.quantity,
    year: r.year,
    quarter: r.quarter,
    responsible: r.responsible,
    fundingSource: r.funding_source as PlanAction['fundingSource'],
    indicator: r.indicator,
    target: r.target,
    status: r.status as PlanAction['status'],
    rationale: r.rationale,
    progress: progress.get(r.id) ?? [],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

export function planFromRow(row: PlanRow, actions: PlanAction[]): Plan {
  return planSchema.parse({
    id: row.id,
    organisationId: row.organisation_id,
    kind: row.kind,
    producerId: row.producer_id,
    producerName: row.producer_name,
    title: row.title,
    startYear: row.start_year,
    endYear: row.end_year,
    scenarioId: row.scenario_id,
    objectives: row.objectives,
    version: row.version,
    previousVersionId: row.previous_version_id,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
    actions,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export function getPlan(db: Store, id: string): Plan {
  return planFromRow(planRow(db, id), actionsOf(db, id));
}

export function createPlan(db: Store, fields: PlanFields): Plan {
  if (fields.producerId !== null) {
    const producer = getProducer(db, fields.producerId);
    if (producer.organisationId !== fields.organisationId) {
      throw new ApiError('VALIDATION', 'The producer belongs to another organisation.', { field: 'producerId' });
    }
  }
  const id = newId();
  const now = nowIso();
  stmt(
    db,
    `INSERT INTO plans (id, organisation_id, producer_id, kind, title, start_year, end_year, scenario_id, objectives,
       version, created_at, updated_at)
     VALUES (@id, @organisationId, @producerId, @kind, @title, @startYear, @endYear, @scenarioId, @objectives, 1, @now, @now)`,
  ).run({ ...fields, id, now });
  return getPlan(db, id);
}

const planColumns: Record<keyof PlanPatch, string> = {
  title: 'title',
  startYear: 'start_year',
  endYear: 'end_year',
  scenarioId: 'scenario_id',
  objectives: 'objectives',
};

export function updatePlan(db: Store, id: string, patch: PlanPatch): Plan {
  const row = planRow(db, id);
  const changesSubstance =
    patch.startYear !== undefined || patch.endYear !== undefined || patch.scenarioId !== undefined;
  if (row.approved_at !== null && changesSubstance) {
    throw new ApiError('CONFLICT', 'The plan is approved: make a new version to change it.', {
      reason: 'PLAN_APPROVED',
      planId: id,
    });
  }
  const start = patch.startYear ?? row.start_year;
  const end = patch.endYear ?? row.end_year;
  if (end < start || end - start > 15) {
    throw new ApiError('VALIDATION', 'The plan period must run forward and last at most 15 years.', {
      field: 'endYear',
    });
  }
  const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as [keyof PlanPatch, unknown][];
  if (entries.length > 0) {
    const sets = entries.map(([key]) => `${planColumns[key]} = @${key}`);
    db.prepare(`UPDATE plans SET ${sets.join(', ')}, updated_at = @now WHERE id = @id`).run({
      ...Object.fromEntries(entries),
      id,
      now: nowIso(),
    });
  }
  return getPlan(db, id);
}

export function removePlan(db: Store, id: string): { removed: boolean } {
  planRow(db, id);
  const now = nowIso();
  stmt(db, 'UPDATE plans SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
  return { removed: true };
}

export function approvePlan(db: Store, id: string, approvedBy: string): Plan {
  planRow(db, id);
  const now = nowIso();
  stmt(db, 'UPDATE plans SET approved_by = ?, approved_at = ?, updated_at = ? WHERE id = ?').run(
    approvedBy,
    now,
    now,
    id,
  );
  return getPlan(db, id);
}

/** A copy of the plan, its actions and their progress, as version n + 1, not approved. */
export function newPlanVersion(db: Store, id: string): Plan {
  const row = planRow(db, id);
  const copyId = newId();
  const now = nowIso();
  db.transaction(() => {
    stmt(
      db,
      `INSERT INTO plans (id, organisation_id, producer_id, kind, title, start_year, end_year, scenario_id, objectives,
         version, previous_version_id, created_at, updated_at)
       SELECT ?, organisation_id, producer_id, kind, title, start_year, end_year, scenario_id, objectives,
         (SELECT MAX(version) FROM plans WHERE organisation_id = p.organisation_id
            AND kind = p.kind AND producer_id IS p.producer_id) + 1, id, ?, ?
         FROM plans p WHERE id = ?`,
    ).run(copyId, now, now, row.id);
    const actions = stmt(db, 'SELECT id FROM plan_actions WHERE plan_id = ? AND deleted_at IS NULL').all(row.id) as {
      id: string;
    }[];
    for (const { id: actionId } of actions) {
      const newActionId = newId();
      stmt(
        db,
        `INSERT INTO plan_actions (id, plan_id, measure_id, measure, plot_ids, quantity, year, quarter, responsible,
           funding_source, indicator, target, status, rationale, created_at, updated_at)
         SELECT ?, ?, measure_id, measure, plot_ids, quantity, year, quarter, responsible, funding_source, indicator,
           target, status, rationale, ?, ? FROM plan_actions WHERE id = ?`,
      ).run(newActionId, copyId, now, now, actionId);
      const entries = stmt(db, 'SELECT id FROM plan_progress WHERE action_id = ? AND deleted_at IS NULL').all(
        actionId,
      ) as { id: string }[];
      for (const entry of entries) {
        stmt(
          db,
          `INSERT INTO plan_progress (id, action_id, date, percent_done, notes, created_at, updated_at)
           SELECT ?, ?, date, percent_done, notes, created_at, ? FROM plan_progress WHERE id = ?`,
        ).run(newId(), newActionId, now, entry.id);
      }
    }
  })();
  return getPlan(db, copyId);
}
