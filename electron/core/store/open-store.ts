import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors.js';
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
  let db: Database.Database;
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
    throw new ApiError('DB_UNREADABLE', `Cannot open the database at ${dbPath}: ${(error as Error).message}`, {
      path: dbPath,
    });
  }
  try {
    // Refuse a newer database before touching it at all (switching to WAL writes to the file).
    assertNotNewer(db, migrations);
    if (!options.readonly) db.pragma('journal_mode = WAL');
    migrate(db, migrations);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
