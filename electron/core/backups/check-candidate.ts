import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { DatabaseSummary } from '../../../shared/api/backups.js';
import { ApiError } from '../../../shared/api/errors.js';
import { readDemoMarker } from '../demo/demo-marker.js';
import { schemaVersionOf } from '../store/migrate.js';
import { LATEST_SCHEMA_VERSION } from '../store/migrations/index.js';
import { refusal } from './backup-refusal.js';
import { summariseDatabase } from './database-summary.js';
import { expectedSizeBytes, readSqliteHeader } from './sqlite-header.js';

/**
 * Tables every Cafetal database has had since schema version 1 (migration
 * 0001). Together with a `user_version` of 1 or more (our migrations set it
 * in the same transaction), they tell our database from any other SQLite
 * file, such as a GeoPackage (application_id "GPKG", gpkg_* tables).
 */
const CAFETAL_TABLES = ['organisations', 'producers', 'plots', 'layers', 'plans', 'settings'] as const;

/** Lines of `PRAGMA integrity_check` kept for the message: the first ones say enough. */
const MAX_PROBLEMS = 20;

/**
 * Checks a working copy of a backup and returns what it holds, or throws a
 * refusal (`details.reason`): NOT_SQLITE, CORRUPT (truncated, or
 * `integrity_check` not "ok", its lines in `details.integrityCheck`),
 * NOT_CAFETAL, NEWER_SCHEMA, BROKEN_REFERENCES (`foreign_key_check`).
 * The copy's WAL, if any, is folded into it and the file left in rollback
 * mode: one self-contained file, ready to be moved into place.
 */
export function checkCandidate(filePath: string, onStage: (stage: string) => void = () => undefined): DatabaseSummary {
  if (readSqliteHeader(filePath) === null) {
    throw refusal('NOT_SQLITE', 'The file is not an SQLite database.');
  }
  assertWhole(filePath);
  let db: Database.Database;
  try {
    db = new Database(filePath, { fileMustExist: true });
  } catch (error) {
    throw asRefusal(error);
  }
  try {
    db.pragma('journal_mode = DELETE');
    assertCafetal(db);
    // A copy of the workshop demo (its fictitious families) must never replace an organisation's data.
    if (readDemoMarker(db) !== null)
      throw refusal('DEMO_DATA', 'The file is a copy of the workshop demo, not of your data.');
    onStage('integrity');
    const integrity = (
      db.prepare(`PRAGMA integrity_check(${MAX_PROBLEMS})`).all() as { integrity_check: string }[]
    ).map((row) => row.integrity_check);
    if (integrity.length !== 1 || integrity[0] !== 'ok') {
      throw refusal('CORRUPT', `The backup is damaged: ${integrity.join('; ')}`, { integrityCheck: integrity });
    }
    onStage('references');
    const broken = db.prepare('PRAGMA foreign_key_check').all() as { table: string; parent: string }[];
    if (broken.length > 0) {
      throw refusal('BROKEN_REFERENCES', `${broken.length} rows point to rows that do not exist.`, {
        count: broken.length,
        rows: broken.slice(0, MAX_PROBLEMS),
      });
    }
    return summariseDatabase(db, filePath);
  } catch (error) {
    throw asRefusal(error);
  } finally {
    db.close();
  }
}

/**
 * A file shorter than its header says was cut off (an interrupted copy or
 * download). Pages in a WAL only ever add to what the header counts.
 */
function assertWhole(filePath: string): void {
  const header = readSqliteHeader(filePath);
  const expected = header ? expectedSizeBytes(header) : null;
  const actual = fs.statSync(filePath).size;
  if (expected !== null && actual < expected) {
    const line = `file cut off: ${actual} of ${expected} bytes`;
    throw refusal('CORRUPT', `The backup is incomplete (${line}).`, { integrityCheck: [line] });
  }
}

function assertCafetal(db: Database.Database): void {
  const version = schemaVersionOf(db);
  const tables = new Set(
    (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name),
  );
  const missing = CAFETAL_TABLES.filter((table) => !tables.has(table));
  if (version < 1 || missing.length > 0) {
    throw refusal('NOT_CAFETAL', 'The file is an SQLite database, but not one made by Cafetal.', {
      applicationId: db.pragma('application_id', { simple: true }) as number,
      missingTables: missing,
    });
  }
  if (version > LATEST_SCHEMA_VERSION) {
    throw refusal(
      'NEWER_SCHEMA',
      `The backup has schema version ${version}, made by a newer Cafetal; this version understands up to ${LATEST_SCHEMA_VERSION}.`,
      { found: version, supported: LATEST_SCHEMA_VERSION },
    );
  }
}

/** SQLite's own errors while reading the copy mean it is damaged (or not a database at all). */
function asRefusal(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_NOTADB') return refusal('NOT_SQLITE', `The file is not an SQLite database: ${message}`);
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    return refusal('CORRUPT', `The backup is damaged: ${message}`, { integrityCheck: [message] });
  }
  return new ApiError('INTERNAL', message);
}
