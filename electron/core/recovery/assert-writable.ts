import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors.js';

/**
 * Changes the database header to what it already says inside a transaction
 * that is rolled back: nothing reaches the file, but SQLite must make the
 * page writable, and fails with SQLITE_READONLY when it could only open the
 * file read-only (the file, its folder or its file system cannot be
 * written), which it otherwise reports only at the first save. (Taking the
 * write lock alone is not enough: in WAL mode the lock lives in the `-shm`
 * file and is granted to a read-only connection.) A file another program is
 * writing (SQLITE_BUSY after the busy timeout) is writable, and left to the
 * save itself.
 */
export function assertWritable(db: Database.Database, dbPath: string): void {
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    db.exec('BEGIN IMMEDIATE');
    try {
      db.pragma(`user_version = ${version}`);
    } finally {
      db.exec('ROLLBACK');
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) return;
    if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) {
      throw new ApiError('READ_ONLY', `The database at ${dbPath} cannot be written: ${(error as Error).message}`, {
        reason: 'READ_ONLY',
        sqlite: code,
        path: dbPath,
      });
    }
    throw error;
  }
}
