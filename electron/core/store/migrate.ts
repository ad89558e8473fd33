import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors.js';
import type { Migration } from './migration.js';

export function schemaVersionOf(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database to the newest schema. Each migration runs in its own
 * transaction together with the `user_version` bump, so a crash leaves the
 * database at the last whole version. A database written by a newer Cafetal
 * is refused untouched: an older app cannot know what its tables mean.
 */
export function assertNotNewer(db: Database.Database, all: readonly Migration[]): void {
  const from = schemaVersionOf(db);
  const latest = all.length;
  if (from > latest) {
    throw new ApiError(
      'DB_TOO_NEW',
      `This database has schema version ${from}, made by a newer Cafetal; this version understands up to ${latest}. Update Cafetal to open it.`,
      { found: from, supported: latest },
    );
  }
}

export function migrate(db: Database.Database, all: readonly Migration[]): { from: number; to: number } {
  assertNotNewer(db, all);
  const from = schemaVersionOf(db);
  for (const migration of all.slice(from)) {
    db.transaction(() => {
      db.exec(migration.sql);
      migration.run?.(db);
      // NOTE: PRAGMA takes no bound parameters; the version is our own integer.
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return { from, to: schemaVersionOf(db) };
}
