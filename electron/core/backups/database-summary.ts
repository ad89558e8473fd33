import fs from 'node:fs';
import type { DatabaseSummary } from '../../../shared/api/backups.js';
import { schemaVersionOf } from '../store/migrate.js';
import type { Store } from '../store/open-store.js';

/** The tables a confirmation compares; all exist since schema version 1 with `updated_at`/`deleted_at`. */
const COUNTED = ['organisations', 'producers', 'plots', 'plans', 'layers'] as const;

/**
 * What a Cafetal database holds: live rows per table, the newest change
 * and its schema version. Used for the open database and for a backup, so
 * the restore confirmation can show both side by side.
 */
export function summariseDatabase(db: Store, filePath: string): DatabaseSummary {
  const count = (table: string): number =>
    (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE deleted_at IS NULL`).get() as { n: number }).n;
  const newest = COUNTED.map(
    (table) =>
      (
        db.prepare(`SELECT max(max(updated_at), coalesce(max(deleted_at), '')) AS at FROM ${table}`).get() as {
          at: string | null;
        }
      ).at,
  ).filter((at): at is string => at !== null && at !== '');
  return {
    schemaVersion: schemaVersionOf(db),
    counts: {
      organisations: count('organisations'),
      producers: count('producers'),
      plots: count('plots'),
      layers: count('layers'),
      plans: count('plans'),
    },
    lastChangeAt: newest.length === 0 ? null : newest.reduce((a, b) => (a > b ? a : b)),
    sizeBytes: sizeOnDisk(filePath),
  };
}

/** The database file plus its write-ahead log: what a copy of it takes. */
function sizeOnDisk(filePath: string): number {
  let total = 0;
  for (const file of [filePath, `${filePath}-wal`]) {
    try {
      total += fs.statSync(file).size;
    } catch {
      // No WAL (closed cleanly, or rollback journal mode).
    }
  }
  return total;
}
