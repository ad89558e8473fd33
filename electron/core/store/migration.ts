import type Database from 'better-sqlite3';

export interface Migration {
  /** Equals the `user_version` the database has once this migration ran. */
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  /** Work SQL alone cannot do (generated triggers, ids computed in code), run after `sql` in the same transaction. */
  readonly run?: (db: Database.Database) => void;
}
