import type { ExchangedTableName, RowConflict } from '../../../shared/api/exchange.js';
import { ApiError } from '../../../shared/api/errors.js';
import { rederivePlot } from '../plots/rederive-plot.js';
import type { Store } from '../store/open-store.js';
import { stmt } from '../store/statements.js';
import { exchangedTable, keyValues } from './exchanged-tables.js';
import { disagree, parseDot, sameValue, winner } from './field-candidates.js';
import type { Candidate } from './field-candidates.js';
import { syncLocal } from './sync-state.js';

interface ConflictRow {
  table_name: ExchangedTableName;
  row_id: string;
  field: string;
  candidates: string;
  detected_at: string;
}

/** A record kept aside as a duplicate is named by the dot of the change that brought it, plus this suffix. */
const ASIDE = ':aside';

function deviceNames(db: Store): Map<string, string> {
  const names = new Map<string, string>();
  // A laptop's own packages name it best: peers last, so they win.
  const rows = stmt(db, 'SELECT device_id, name FROM device_names UNION ALL SELECT device_id, name FROM peers').all();
  for (const peer of rows as { device_id: string; name: string }[]) {
    names.set(peer.device_id, peer.name);
  }
  return names;
}

function rowLabel(db: Store, table: ExchangedTableName, rowId: string): string {
  const t = exchangedTable(table);
  if (!t.labelColumn) return rowId;
  const row = stmt(
    db,
    `SELECT "${t.labelColumn}" AS label FROM "${t.name}" WHERE ${t.key.map((k) => `"${k}" = ?`).join(' AND ')}`,
  ).get(...keyValues(t, rowId)) as { label: string | number | null } | undefined;
  return row?.label === undefined || row.label === null ? rowId : String(row.label);
}

/**
 * Open conflicts, one entry per row. Candidates that agree are not a
 * conflict anyone needs to see (two laptops typed the same value).
 */
export function listConflicts(
  db: Store,
  ownName: string,
  only?: readonly { table: ExchangedTableName; rowId: string }[],
): RowConflict[] {
  const names = deviceNames(db);
  names.set(syncLocal(db).deviceId, ownName);
  const wanted = only ? new Set(only.map((r) => `${r.table}\u0000${r.rowId}`)) : null;
  const byRow = new Map<string, RowConflict>();
  const rows = stmt(
    db,
    'SELECT * FROM conflicts ORDER BY detected_at, table_name, row_id, field',
  ).all() as ConflictRow[];
  for (const row of rows) {
    const key = `${row.table_name}\u0000${row.row_id}`;
    if (wanted && !wanted.has(key)) continue;
    const candidates = JSON.parse(row.candidates) as Candidate[];
    if (!disagree(candidates, row.field)) continue;
    const shown = winner(candidates);
    let conflict = byRow.get(key);
    if (!conflict) {
      conflict = {
        table: row.table_name,
        rowId: row.row_id,
        label: rowLabel(db, row.table_name, row.row_id),
        fields: [],
        detectedAt: row.detected_at,
      };
      byRow.set(key, conflict);
    }
    conflict.fields.push({
      field: row.field,
      candidates: candidates.map((c) => {
        const deviceId = parseDot(c.dot.endsWith(ASIDE) ? c.dot.slice(0, -ASIDE.length) : c.dot).device;
        return {
          dot: c.dot,
          deviceId,
          deviceName: names.get(deviceId) ?? null,
          changedAt: c.changedAt,
          value: c.value,
          shown: c.dot === shown.dot,
        };
      }),
    });
  }
  return [...byRow.values()];
}

export function openConflictCount(db: Store): number {
  return listConflicts(db, '').length;
}

/**
 * Settles a conflict by writing the chosen values as this laptop's own
 * change: the change-log trigger stamps it with a dot that supersedes every
 * candidate and closes the conflict here; when it travels it closes it on
 * every other laptop too. A chosen value equal to the one shown is logged as a
 * change all the same (`logChoice`), or the others would never hear of it.
 */
export function resolveConflict(
  db: Store,
  input: { table: ExchangedTableName; rowId: string; dot: string; field?: string },
): { resolvedFields: string[]; openConflicts: number } {
  const t = exchangedTable(input.table);
  const rows = (
    stmt(db, 'SELECT * FROM conflicts WHERE table_name = ? AND row_id = ?').all(
      input.table,
      input.rowId,
    ) as ConflictRow[]
  ).filter((r) => input.field === undefined || r.field === input.field);
  const chosen = new Map<string, unknown>();
  for (const row of rows) {
    const candidate = (JSON.parse(row.candidates) as Candidate[]).find((c) => c.dot === input.dot);
    if (candidate) chosen.set(row.field, candidate.value);
  }
  if (chosen.size === 0) {
    throw new ApiError('NOT_FOUND', 'No open conflict of that row has that value.', { ...input });
  }
  const where = t.key.map((k) => `"${k}" = ?`).join(' AND ');
  const key = keyValues(t, input.rowId);
  db.transaction(() => {
    const current = stmt(db, `SELECT * FROM "${t.name}" WHERE ${where}`).get(...key) as Record<string, unknown>;
    const fields = [...chosen.keys()];
    const unchanged = fields.filter((f) => sameValue(current[f], chosen.get(f)));
    const changed = fields.filter((f) => !unchanged.includes(f));
    try {
      if (unchanged.length > 0) {
        logChoice(db, t.name, input.rowId, Object.fromEntries(unchanged.map((f) => [f, chosen.get(f)])));
      }
      if (changed.length > 0) {
        const sets = changed.map((f) => `"${f}" = ?`);
        if (t.hasUpdatedAt) sets.push(`updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`);
        stmt(db, `UPDATE "${t.name}" SET ${sets.join(', ')} WHERE ${where}`).run(
          ...(changed.map((f) => chosen.get(f)) as never[]),
          ...key,
        );
      }
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
        throw new ApiError(
          'CONFLICT',
          'Another record in use has the same code or name; rename or remove it first, then choose again.',
          { reason: 'DUPLICATE', ...input },
        );
      }
      throw error;
    }
    if (t.name === 'plots') rederivePlot(db, input.rowId);
  })();
  return { resolvedFields: [...chosen.keys()], openConflicts: openConflictCount(db) };
}

/**
 * Logs a change of fields that already hold the chosen values, exactly as the
 * trigger logs an edit (a write that changes nothing fires no trigger): the
 * choice gets a dot that supersedes every candidate, closes the conflict here
 * and, when it travels, everywhere.
 */
function logChoice(db: Store, table: string, rowId: string, fields: Record<string, unknown>): void {
  stmt(db, 'UPDATE sync_local SET counter = counter + 1 WHERE id = 1').run();
  const local = syncLocal(db);
  const dot = `${local.deviceId}:${local.counter}`;
  stmt(
    db,
    `INSERT INTO change_log (device_id, counter, table_name, row_id, fields, context, changed_at)
     SELECT device_id, counter, ?, ?, ?, context, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM sync_local WHERE id = 1`,
  ).run(table, rowId, JSON.stringify(fields));
  const dots = Object.fromEntries(Object.keys(fields).map((f) => [f, dot]));
  stmt(
    db,
    `INSERT INTO field_versions (table_name, row_id, dots) VALUES (?, ?, ?)
     ON CONFLICT (table_name, row_id) DO UPDATE SET dots = json_patch(field_versions.dots, excluded.dots)`,
  ).run(table, rowId, JSON.stringify(dots));
  const remove = stmt(db, 'DELETE FROM conflicts WHERE table_name = ? AND row_id = ? AND field = ?');
  for (const field of Object.keys(fields)) remove.run(table, rowId, field);
}
