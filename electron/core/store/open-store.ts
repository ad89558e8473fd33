import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors.js';
import { assertWritable } from '../recovery/assert-writable.js';
import { storageErrorOf } from '../recovery/storage-errors.js';
import { assertNotNewer, migrate } from './migrate.js';
import { migrations } from './migrations/index.js';

export type Store = Database.Database;

/**
 * Opens (creating if needed) a Cafetal database and brings it to the newest
 * schema. WAL lets the HTTP transport read while a job writes; foreign keys
 * are off by default in SQLite and must be switched on per connection.
 */
export function openStore(dbPath: string, options: { readonly?: boolean } = {}): Store {
  if (!options.readonly) fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  let db: Database.Database | undefined;
  try {
    db = new Database(dbPath, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // A platform-wide database (100,000 plots, 400,000 risk rows) is ~200 MB: a 32 MB page cache and memory-mapped
    // reads keep the dashboard's full scans from spending most of their time in read() system calls.
    db.pragma('cache_size = -32000');
    db.pragma('mmap_size = 268435456');
    // Reading the schema fails here, not later, when the file is not SQLite.
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (error) {
    // The connection may have opened before a pragma failed: left open, it would hold the file.
    db?.close();
    // A full disk or a read-only folder says so; anything else is a file we cannot read.
    const storage = storageErrorOf(error, dbPath);
    if (storage && storage.code !== 'DB_UNREADABLE') throw storage;
    throw new ApiError('DB_UNREADABLE', `Cannot open the database at ${dbPath}: ${(error as Error).message}`, {
      path: dbPath,
    });
  }
  try {
    // Refuse a newer database before touching it at all (switching to WAL writes to the file).
    assertNotNewer(db, migrations);
    // SQLite quietly opens a file it may not write read-only; say so now rather than at the first save.
    if (!options.readonly) assertWritable(db, dbPath);
    if (!options.readonly) db.pragma('journal_mode = WAL');
    migrate(db, migrations);
  } catch (error) {
    db.close();
    throw storageErrorOf(error, dbPath) ?? error;
  }
  return db;
}
