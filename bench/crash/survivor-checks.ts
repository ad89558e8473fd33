import fs from 'node:fs';
import { openStore } from '../../electron/core/store/open-store.js';
import type { Store } from '../../electron/core/store/open-store.js';

/**
 * Copies a killed child's database (and its WAL: the committed work not yet
 * in the main file) aside and opens the copy with our `openStore`, as the
 * app would after the crash. The original stays exactly as the kill left it,
 * so the next trial's child starts from the crashed file and recovers it itself.
 */
export function openCopy(dbPath: string, copyPath: string): Store {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${copyPath}${suffix}`, { force: true });
  fs.copyFileSync(dbPath, copyPath);
  if (fs.existsSync(`${dbPath}-wal`)) fs.copyFileSync(`${dbPath}-wal`, `${copyPath}-wal`);
  return openStore(copyPath);
}

export function removeCopy(copyPath: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${copyPath}${suffix}`, { force: true });
}

const count = (db: Store, sql: string, ...params: unknown[]): number =>
  (db.prepare(sql).get(...params) as { n: number }).n;

/** Tables whose every row must have a change-log entry (the exchange's triggers write it in the same statement). */
const LOGGED_TABLES = ['organisations', 'producers', 'plots', 'plans', 'plan_actions', 'plan_progress'] as const;

/**
 * What must hold after any crash: SQLite's own checks, the R*Tree in step
 * with the plots, and the exchange's change log in step with the rows.
 * Returns the problems found (none: the database survived).
 */
export function structuralProblems(db: Store): string[] {
  const problems: string[] = [];
  const integrity = (db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[]).map(
    (row) => row.integrity_check,
  );
  if (integrity.length !== 1 || integrity[0] !== 'ok') problems.push(`integrity_check: ${integrity.join('; ')}`);
  const broken = db.prepare('PRAGMA foreign_key_check').all();
  if (broken.length > 0) problems.push(`foreign_key_check: ${broken.length} rows, ${JSON.stringify(broken[0])}`);
  const orphanBoxes = count(
    db,
    'SELECT count(*) AS n FROM plots_rtree r WHERE NOT EXISTS (SELECT 1 FROM plots p WHERE p.rowid = r.plot_rowid)',
  );
  const unboxed = count(
    db,
    `SELECT count(*) AS n FROM plots p WHERE p.geometry IS NOT NULL AND p.deleted_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM plots_rtree r WHERE r.plot_rowid = p.rowid)`,
  );
  if (orphanBoxes + unboxed > 0)
    problems.push(`plots_rtree: ${orphanBoxes} boxes without a plot, ${unboxed} plots without a box`);
  for (const table of LOGGED_TABLES) {
    // NOT IN over the subquery: SQLite builds one temporary index for it (change_log has none on row_id).
    const unlogged = count(
      db,
      `SELECT count(*) AS n FROM ${table} WHERE id NOT IN (SELECT row_id FROM change_log WHERE table_name = '${table}')`,
    );
    if (unlogged > 0) problems.push(`change_log: ${unlogged} ${table} rows without an entry`);
  }
  const local = db.prepare('SELECT device_id, counter FROM sync_local WHERE id = 1').get() as
    { device_id: string; counter: number } | undefined;
  if (local) {
    const logged = count(
      db,
      'SELECT coalesce(max(counter), 0) AS n FROM change_log WHERE device_id = ?',
      local.device_id,
    );
    if (logged > local.counter)
      problems.push(`sync_local.counter ${local.counter} is behind the change log (${logged})`);
  }
  return problems;
}
