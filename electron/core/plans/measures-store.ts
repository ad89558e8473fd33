import { ApiError } from '../../../shared/api/errors.js';
import { measureFieldsSchema, measureSchema } from '../../../shared/domain/measure.js';
import type { Measure, MeasureFields } from '../../../shared/domain/measure.js';
import type { Store } from '../store/open-store.js';
import { newId, nowIso } from '../store/rows.js';
import { stmt } from '../store/statements.js';

interface MeasureRow {
  id: string;
  code: string | null;
  organisation_id: string | null;
  built_in: number;
  version: number;
  archived_at: string | null;
  updated_at: string;
  fields: string;
}

const SELECT = `SELECT m.id, m.code, m.organisation_id, m.built_in, m.version, m.archived_at, m.updated_at, v.fields
  FROM measures m JOIN measure_versions v ON v.measure_id = m.id AND v.version = m.version`;

const measureFromRow = (row: MeasureRow): Measure =>
  measureSchema.parse({
    ...measureFieldsSchema.parse(JSON.parse(row.fields)),
    id: row.id,
    code: row.code,
    organisationId: row.organisation_id,
    builtIn: row.built_in === 1,
    version: row.version,
    archivedAt: row.archived_at,
    updatedAt: row.updated_at,
  });

/** The shipped measures and the organisation's own, by group then name. */
export function listMeasures(db: Store, organisationId: string, includeArchived: boolean): Measure[] {
  const rows = stmt(
    db,
    `${SELECT} WHERE m.deleted_at IS NULL AND (m.organisation_id IS NULL OR m.organisation_id = ?)
       AND (? OR m.archived_at IS NULL) ORDER BY m.built_in DESC, m.rowid`,
  ).all(organisationId, includeArchived ? 1 : 0) as MeasureRow[];
  return rows.map(measureFromRow);
}

export function getMeasure(db: Store, id: string): Measure {
  const row = stmt(db, `${SELECT} WHERE m.id = ? AND m.deleted_at IS NULL`).get(id) as MeasureRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', 'No such measure.', { entity: 'measure', id });
  return measureFromRow(row);
}

export function createMeasure(db: Store, organisationId: string, fields: MeasureFields): Measure {
  const id = newId();
  const now = nowIso();
  db.transaction(() => {
    stmt(
      db,
      `INSERT INTO measures (id, code, organisation_id, built_in, version, created_at, updated_at)
       VALUES (?, NULL, ?, 0, 1, ?, ?)`,
    ).run(id, organisationId, now, now);
    stmt(db, 'INSERT INTO measure_versions (measure_id, version, fields, created_at) VALUES (?, 1, ?, ?)').run(
      id,
      JSON.stringify(fields),
      now,
    );
  })();
  return getMeasure(db, id);
}

/** An edit is a new version; the old ones stay for the plans that copied them and for the history. */
export function updateMeasure(db: Store, id: string, fields: MeasureFields): Measure {
  const current = getMeasure(db, id);
  const now = nowIso();
  db.transaction(() => {
    const version = current.version + 1;
    stmt(db, 'INSERT INTO measure_versions (measure_id, version, fields, created_at) VALUES (?, ?, ?, ?)').run(
      id,
      version,
      JSON.stringify(fields),
      now,
    );
    stmt(db, 'UPDATE measures SET version = ?, updated_at = ? WHERE id = ?').run(version, now, id);
  })();
  return getMeasure(db, id);
}

/** A measure used by any plan (even a deleted one, whose versions may be restored) is archived, not deleted. */
export function removeMeasure(db: Store, id: string): { outcome: 'deleted' | 'archived' } {
  getMeasure(db, id);
  const now = nowIso();
  const used = stmt(db, 'SELECT 1 FROM plan_actions WHERE measure_id = ? LIMIT 1').get(id) !== undefined;
  if (used) {
    stmt(db, 'UPDATE measures SET archived_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
    return { outcome: 'archived' };
  }
  stmt(db, 'UPDATE measures SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
  return { outcome: 'deleted' };
}

export function measureHistory(db: Store, id: string): { version: number; fields: MeasureFields; createdAt: string }[] {
  getMeasure(db, id);
  const rows = stmt(
    db,
    'SELECT version, fields, created_at FROM measure_versions WHERE measure_id = ? ORDER BY version DESC',
  ).all(id) as { version: number; fields: string; created_at: string }[];
  return rows.map((r) => ({
    version: r.version,
    fields: measureFieldsSchema.parse(JSON.parse(r.fields)),
    createdAt: r.created_at,
  }));
}
