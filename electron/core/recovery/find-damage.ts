import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { DatabaseDamage } from '../../../shared/api/recovery.js';
import { expectedSizeBytes, readSqliteHeader } from '../backups/sqlite-header.js';

/** Lines of `PRAGMA quick_check` kept for the report: the first ones say enough. */
const MAX_PROBLEMS = 10;

/**
 * Looks at the database before the app opens it for writing, touching
 * nothing: the header, a read-only connection, the schema and
 * `PRAGMA quick_check` (https://www.sqlite.org/pragma.html#pragma_quick_check:
 * every page and record, without comparing indexes to their tables, which
 * is what makes it fast enough for every start). Returns what is wrong, or
 * null for a healthy file or none at all (a new database). A file that
 * cannot be written is not damage: openStore refuses it as READ_ONLY.
 */
export function findDamage(dbPath: string): DatabaseDamage | null {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dbPath);
  } catch {
    return null;
  }
  // SQLite treats an empty file as an empty database.
  if (stat.size === 0) return null;
  const damage = (reason: DatabaseDamage['reason'], problems: string[]): DatabaseDamage => ({
    path: dbPath,
    reason,
    problems: problems.slice(0, MAX_PROBLEMS),
    sizeBytes: stat.size,
    modifiedAt: stat.mtime.toISOString(),
  });
  const header = readSqliteHeader(dbPath);
  if (header === null) return damage('NOT_SQLITE', ['the file does not start with the SQLite header']);
  const expected = expectedSizeBytes(header);
  // A WAL only ever adds pages to what the header counts: a shorter file was cut off.
  if (expected !== null && stat.size < expected) {
    return damage('TRUNCATED', [`file cut off: ${stat.size} of ${expected} bytes`]);
  }
  let db: Database.Database | null = null;
  try {
    db = new Database(dbPath, { readonly: true, fileMustExist: true });
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    const lines = (db.prepare(`PRAGMA quick_check(${MAX_PROBLEMS})`).all() as { quick_check: string }[]).map(
      (row) => row.quick_check,
    );
    return lines.length === 1 && lines[0] === 'ok' ? null : damage('CORRUPT', lines);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB') return damage('NOT_SQLITE', [(error as Error).message]);
    if (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT'))
      return damage('CORRUPT', [(error as Error).message]);
    // Locked, unreadable for permissions, a full disk…: not damage; opening the store will say what it is.
    return null;
  } finally {
    db?.close();
  }
}
