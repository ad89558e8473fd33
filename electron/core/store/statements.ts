import type { Statement } from 'better-sqlite3';
import type { Store } from './open-store.js';

const caches = new WeakMap<Store, Map<string, Statement>>();

/**
 * A prepared statement, compiled once per connection. Preparing costs more
 * than running a small query, and imports run the same few statements
 * hundreds of thousands of times.
 */
export function stmt(db: Store, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
