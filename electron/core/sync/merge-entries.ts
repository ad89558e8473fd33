import type { ExchangedTableName, TableChangeCounts } from '../../../shared/api/exchange.js';
import { exchangedTableNames } from '../../../shared/api/exchange.js';
import { ApiError } from '../../../shared/api/errors.js';
import type { Store } from '../store/open-store.js';
import { stmt } from '../store/statements.js';
import { exchangedTable, keyValues } from './exchanged-tables.js';
import type { ExchangedTable } from './exchanged-tables.js';
import { disagree, dotOf, sameValue, supersedes, winner } from './field-candidates.js';
import type { Candidate } from './field-candidates.js';
import type { ChangeEntry } from './package-format.js';
import { knowledgeOf, refreshWriteContext, syncLocal } from './sync-state.js';
import type { Knowledge } from './sync-state.js';

export interface MergeOutcome {
  entries: number;
  alreadyHad: number;
  tables: TableChangeCounts[];
  /** Rows (`table`, `row id`) left with a field in conflict by this merge. */
  conflictRows: { table: ExchangedTableName; rowId: string }[];
  /** Plots whose outline, tombstone, declared area or family changed: what those determine is worked out again. */
  touchedPlots: Set<string>;
}

type Row = Record<string, unknown>;

/** The plot fields its derived columns depend on (outline, tombstone, declared area, family's region). */
const PLOT_INPUTS = ['geometry', 'deleted_at', 'declared_area_ha', 'producer_id'];

function gapError(device: string, expected: number, found: number): ApiError {
  return new ApiError(
    'CONFLICT',
    `This package continues an earlier exchange this laptop has not received (changes of ${device} from ${expected}, package starts at ${found}); ask for a complete package.`,
    { reason: 'GAP', device, expected, found },
  );
}

/**
 * Refuses a package that skips changes this laptop does not have: applying
 * later ones first would mark the skipped ones as known, and they would never
 * arrive. Every laptop holds each other laptop's changes as 1…n without holes.
 */
export function assertNoGap(entries: readonly ChangeEntry[], known: Knowledge): void {
  const next = new Map<string, number>();
  for (const entry of entries) {
    const expected = next.get(entry.device) ?? (known[entry.device] ?? 0) + 1;
    if (entry.counter < expected) continue;
    if (entry.counter > expected) throw gapError(entry.device, expected, entry.counter);
    next.set(entry.device, expected + 1);
  }
}

function emptyCounts(): Map<ExchangedTableName, TableChangeCounts> {
  return new Map(exchangedTableNames.map((table) => [table, { table, new: 0, changed: 0, deleted: 0, conflicts: 0 }]));
}

/**
 * Applies change-log entries from another laptop, field by field. Run inside
 * one transaction with the log triggers muted (`withLogMuted`): the entries
 * are logged as they came, with their own dots.
 */
export function mergeEntries(db: Store, entries: readonly ChangeEntry[], receivedAt: string): MergeOutcome {
  const known = knowledgeOf(db);
  assertNoGap(entries, known);
  const counts = emptyCounts();
  const conflictRows = new Map<string, { table: ExchangedTableName; rowId: string }>();
  const touchedPlots = new Set<string>();
  let alreadyHad = 0;
  const logEntry = stmt(
    db,
    `INSERT INTO change_log (device_id, counter, table_name, row_id, fields, context, changed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const entry of entries) {
    if (entry.counter <= (known[entry.device] ?? 0)) {
      alreadyHad += 1;
      continue;
    }
    known[entry.device] = entry.counter;
    const t = exchangedTable(entry.table);
    for (const field of Object.keys(entry.fields)) {
      if (!t.columns.includes(field)) {
        throw new ApiError('FILE_UNREADABLE', `The package changes an unknown field ${entry.table}.${field}.`, {
          reason: 'NOT_PACKAGE',
        });
      }
    }
    const tally = counts.get(t.name)!;
    const outcome = applyEntry(db, t, entry, receivedAt);
    if (outcome.kind !== 'none') tally[outcome.kind] += 1;
    if (outcome.openedConflict) {
      tally.conflicts += 1;
      conflictRows.set(`${t.name}\u0000${entry.row}`, { table: t.name, rowId: entry.row });
    }
    if (t.name === 'plots' && PLOT_INPUTS.some((field) => field in entry.fields)) touchedPlots.add(entry.row);
    logEntry.run(
      entry.device,
      entry.counter,
      entry.table,
      entry.row,
      JSON.stringify(entry.fields),
      JSON.stringify(entry.context),
      entry.changedAt,
    );
  }
  saveKnowledge(db, known);
  return {
    entries: entries.length,
    alreadyHad,
    tables: [...counts.values()],
    conflictRows: [...conflictRows.values()],
    touchedPlots,
  };
}

function saveKnowledge(db: Store, known: Knowledge): void {
  const local = syncLocal(db);
  const upsert = stmt(
    db,
    `INSERT INTO known_changes (device_id, max_counter) VALUES (?, ?)
     ON CONFLICT (device_id) DO UPDATE SET max_counter = max(max_counter, excluded.max_counter)`,
  );
  for (const [device, counter] of Object.entries(known)) {
    if (device !== local.deviceId) upsert.run(device, counter);
  }
  // This laptop's own changes coming back (a database restored from an older copy): number on above them.
  const own = known[local.deviceId] ?? 0;
  if (own > local.counter) stmt(db, 'UPDATE sync_local SET counter = ? WHERE id = 1').run(own);
  refreshWriteContext(db);
}

interface EntryOutcome {
  kind: 'new' | 'changed' | 'deleted' | 'none';
  openedConflict: boolean;
}

const whereKey = (t: ExchangedTable): string => t.key.map((k) => `"${k}" = ?`).join(' AND ');

function applyEntry(db: Store, t: ExchangedTable, entry: ChangeEntry, receivedAt: string): EntryOutcome {
  const key = keyValues(t, entry.row);
  const existing = stmt(db, `SELECT * FROM "${t.name}" WHERE ${whereKey(t)}`).get(...key) as Row | undefined;
  const dot = dotOf(entry.device, entry.counter);
  if (!existing) return insertRow(db, t, entry, dot, receivedAt);

  const versions = stmt(db, 'SELECT dots FROM field_versions WHERE table_name = ? AND row_id = ?').get(
    t.name,
    entry.row,
  ) as { dots: string } | undefined;
  const dots = JSON.parse(versions?.dots ?? '{}') as Record<string, string>;
  const changes: Row = {};
  let openedConflict = false;
  for (const [field, value] of Object.entries(entry.fields)) {
    if (t.key.includes(field)) continue;
    const merged = mergeField(db, t, entry, field, value, existing[field], dots[field], receivedAt);
    dots[field] = merged.dot;
    if (!sameValue(merged.value, existing[field])) changes[field] = merged.value;
    openedConflict ||= merged.openedConflict;
  }
  const columns = Object.keys(changes);
  const sets = columns.map((c) => `"${c}" = ?`);
  if (t.hasUpdatedAt) sets.push('updated_at = max(updated_at, ?)');
  if (sets.length > 0) {
    const values = columns.map((c) => changes[c]);
    if (t.hasUpdatedAt) values.push(entry.changedAt);
    stmt(db, `UPDATE "${t.name}" SET ${sets.join(', ')} WHERE ${whereKey(t)}`).run(...(values as never[]), ...key);
  }
  stmt(
    db,
    `INSERT INTO field_versions (table_name, row_id, dots) VALUES (?, ?, ?)
     ON CONFLICT (table_name, row_id) DO UPDATE SET dots = excluded.dots`,
  ).run(t.name, entry.row, JSON.stringify(dots));
  const kind =
    changes.deleted_at !== undefined && changes.deleted_at !== null && existing.deleted_at === null
      ? 'deleted'
      : columns.length > 0
        ? 'changed'
        : 'none';
  return { kind, openedConflict };
}

/**
 * One field: candidates the incoming change has seen are superseded; if none
 * is left it simply applies, otherwise the survivors and it are concurrent:
 * every laptop shows the same winner and keeps the others as a conflict.
 */
function mergeField(
  db: Store,
  t: ExchangedTable,
  entry: ChangeEntry,
  field: string,
  value: unknown,
  currentValue: unknown,
  currentDot: string | undefined,
  receivedAt: string,
): { value: unknown; dot: string; openedConflict: boolean } {
  const dot = dotOf(entry.device, entry.counter);
  const stored = stmt(
    db,
    'SELECT candidates, detected_at FROM conflicts WHERE table_name = ? AND row_id = ? AND field = ?',
  ).get(t.name, entry.row, field) as { candidates: string; detected_at: string } | undefined;
  const current: Candidate[] = stored
    ? (JSON.parse(stored.candidates) as Candidate[])
    : currentDot
      ? [{ dot: currentDot, value: currentValue, changedAt: changedAtOf(db, currentDot) }]
      : [];
  const survivors = current.filter((c) => !supersedes(entry, c.dot));
  const incoming: Candidate = { dot, value, changedAt: entry.changedAt };
  if (survivors.length === 0) {
    if (stored)
      stmt(db, 'DELETE FROM conflicts WHERE table_name = ? AND row_id = ? AND field = ?').run(t.name, entry.row, field);
    return { value, dot, openedConflict: false };
  }
  const candidates = [...survivors, incoming];
  const shown = winner(candidates);
  stmt(
    db,
    `INSERT INTO conflicts (table_name, row_id, field, candidates, detected_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (table_name, row_id, field) DO UPDATE SET candidates = excluded.candidates`,
  ).run(t.name, entry.row, field, JSON.stringify(candidates), stored?.detected_at ?? receivedAt);
  return { value: shown.value, dot: shown.dot, openedConflict: disagree(candidates, field) };
}

function changedAtOf(db: Store, dot: string): string {
  const at = dot.lastIndexOf(':');
  const row = stmt(db, 'SELECT changed_at FROM change_log WHERE device_id = ? AND counter = ?').get(
    dot.slice(0, at),
    Number(dot.slice(at + 1)),
  ) as { changed_at: string } | undefined;
  return row?.changed_at ?? '';
}

/**
 * A row this laptop does not have. If it repeats a record already here under
 * another id (the same member code registered on two laptops), it is kept
 * aside as deleted and listed as a conflict, never dropped: someone decides
 * which record stays.
 */
function insertRow(db: Store, t: ExchangedTable, entry: ChangeEntry, dot: string, receivedAt: string): EntryOutcome {
  const fields: Row = { ...entry.fields };
  const insert = (row: Row): void => {
    const columns = Object.keys(row);
    if (t.hasUpdatedAt) columns.push('updated_at');
    const values = Object.values(row);
    if (t.hasUpdatedAt) values.push(entry.changedAt);
    stmt(
      db,
      `INSERT INTO "${t.name}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    ).run(...(values as never[]));
  };
  let openedConflict = false;
  try {
    insert(fields);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'SQLITE_CONSTRAINT_UNIQUE' || !t.columns.includes('deleted_at') || fields.deleted_at != null)
      throw error;
    insert({ ...fields, deleted_at: entry.changedAt });
    const candidates: Candidate[] = [
      { dot, value: null, changedAt: entry.changedAt },
      { dot: `${dot}:aside`, value: entry.changedAt, changedAt: receivedAt },
    ];
    stmt(db, 'INSERT INTO conflicts (table_name, row_id, field, candidates, detected_at) VALUES (?, ?, ?, ?, ?)').run(
      t.name,
      entry.row,
      'deleted_at',
      JSON.stringify(candidates),
      receivedAt,
    );
    openedConflict = true;
  }
  return { kind: 'new', openedConflict };
}
