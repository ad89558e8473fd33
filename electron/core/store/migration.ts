export interface Migration {
  /** Equals the `user_version` the database has once this migration ran. */
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}
