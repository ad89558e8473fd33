import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors.js';
import type { ErrorCode } from '../../../shared/api/errors.js';

/**
 * The one place where what the disk or SQLite says becomes an error the user
 * can act on. SQLite's result codes (https://www.sqlite.org/rescode.html)
 * arrive from better-sqlite3 as `error.code` ('SQLITE_FULL',
 * 'SQLITE_IOERR_WRITE', …: the primary code, then the extended one); Node's
 * file calls as errno names ('ENOSPC', 'EROFS').
 *
 * SQLITE_FULL: the disk (or the connection's `max_page_count`) is full;
 * SQLite rolls back the statement or the whole transaction
 * (https://www.sqlite.org/lang_transaction.html, "Response To Errors Within A
 * Transaction"), and better-sqlite3's `transaction()` rolls back the rest.
 * SQLITE_READONLY: the file, its folder or its file system cannot be
 * written. SQLITE_IOERR: the operating system failed a read or write.
 * SQLITE_CORRUPT / SQLITE_NOTADB: the file is damaged or not a database.
 */
const SQLITE_PRIMARY: Record<string, { code: ErrorCode; reason: string }> = {
  SQLITE_FULL: { code: 'DISK_FULL', reason: 'DISK_FULL' },
  SQLITE_READONLY: { code: 'READ_ONLY', reason: 'READ_ONLY' },
  SQLITE_IOERR: { code: 'DISK_ERROR', reason: 'IO_ERROR' },
  SQLITE_CORRUPT: { code: 'DB_UNREADABLE', reason: 'CORRUPT' },
  SQLITE_NOTADB: { code: 'DB_UNREADABLE', reason: 'NOT_A_DATABASE' },
};

/** Node's errno names for the same conditions, from file copies, backups and exports. */
const ERRNO: Record<string, { code: ErrorCode; reason: string }> = {
  ENOSPC: { code: 'DISK_FULL', reason: 'DISK_FULL' },
  EDQUOT: { code: 'DISK_FULL', reason: 'DISK_FULL' },
  EROFS: { code: 'READ_ONLY', reason: 'READ_ONLY' },
  EIO: { code: 'DISK_ERROR', reason: 'IO_ERROR' },
};

const primaryOf = (code: string): string => code.replace(/^(SQLITE_[A-Z]+?)(_[A-Z_]+)?$/, '$1');

/**
 * The ApiError for a storage failure, or null when the error is something
 * else. `dbPath` (when known) goes into the details and lets a failure to
 * open be told apart: SQLITE_CANTOPEN on a file that exists in a folder we
 * may not write to is a read-only database, not a missing one.
 */
export function storageErrorOf(error: unknown, dbPath?: string): ApiError | null {
  if (error instanceof ApiError || !(error instanceof Error)) return null;
  const raw = (error as { code?: unknown }).code;
  if (typeof raw !== 'string') return null;
  const details = (reason: string) => ({ reason, sqlite: raw, ...(dbPath ? { path: dbPath } : {}) });
  const mapped = raw.startsWith('SQLITE_') ? SQLITE_PRIMARY[primaryOf(raw)] : ERRNO[raw];
  if (mapped) return new ApiError(mapped.code, error.message, details(mapped.reason));
  if (raw === 'SQLITE_CANTOPEN' && dbPath && !writable(dbPath)) {
    return new ApiError('READ_ONLY', error.message, details('READ_ONLY'));
  }
  return null;
}

/**
 * Whether this process may write the database file and create files beside
 * it (SQLite needs its `-wal` and `-shm` there). Asks the operating system,
 * so ACLs, read-only mounts and root's rights all count as they will.
 */
export function writable(dbPath: string): boolean {
  try {
    if (fs.existsSync(dbPath)) fs.accessSync(dbPath, fs.constants.W_OK);
    fs.accessSync(path.dirname(dbPath), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
