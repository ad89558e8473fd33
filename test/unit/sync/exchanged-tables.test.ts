import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { exchangedTableNames } from '../../../shared/api/exchange.js';
import { migrate } from '../../../electron/core/store/migrate.js';
import { migrations } from '../../../electron/core/store/migrations/index.js';
import { exchangedTables } from '../../../electron/core/sync/exchanged-tables.js';

describe('the list of exchanged tables', () => {
  const db = new Database(':memory:');
  migrate(db, migrations);

  it('names every column of each table, exchanged or derived, but updated_at: a column added later cannot stay behind', () => {
    for (const t of exchangedTables) {
      const columns = (db.pragma(`table_info("${t.name}")`) as { name: string }[])
        .map((c) => c.name)
        .filter((c) => c !== 'updated_at');
      expect([...t.columns, ...t.derivedColumns].sort(), t.name).toEqual(columns.sort());
      expect(
        t.columns.filter((c) => t.derivedColumns.includes(c)),
        t.name,
      ).toEqual([]);
      expect(t.hasUpdatedAt, t.name).toBe(columns.length !== (db.pragma(`table_info("${t.name}")`) as []).length);
    }
  });

  it('follows the contract order (parents before children) and has a logging trigger per table and kind', () => {
    expect(exchangedTables.map((t) => t.name)).toEqual([...exchangedTableNames]);
    const triggers = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger'").all() as { name: string }[])
      .map((r) => r.name)
      .sort();
    expect(triggers).toEqual(exchangedTables.flatMap((t) => [`${t.name}_log_insert`, `${t.name}_log_update`]).sort());
  });
});
