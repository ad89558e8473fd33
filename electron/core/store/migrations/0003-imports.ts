import type { Migration } from '../migration.js';

/**
 * Column mappings are remembered per organisation and per column layout (the
 * sorted column names), so the next file from the same app or survey maps
 * itself. Each import run is logged with its counts.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'imports',
  sql: `
    CREATE TABLE import_mappings (
      organisation_id TEXT NOT NULL REFERENCES organisations(id),
      columns_key TEXT NOT NULL,
      mapping TEXT NOT NULL CHECK (json_valid(mapping)),
      updated_at TEXT NOT NULL,
      PRIMARY KEY (organisation_id, columns_key)
    ) STRICT;

    CREATE TABLE import_runs (
      id TEXT PRIMARY KEY NOT NULL,
      organisation_id TEXT NOT NULL REFERENCES organisations(id),
      file_name TEXT NOT NULL,
      format TEXT NOT NULL,
      crs TEXT NOT NULL,
      imported INTEGER NOT NULL,
      warnings INTEGER NOT NULL,
      rejected INTEGER NOT NULL,
      unchanged INTEGER NOT NULL,
      producers_created INTEGER NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
  `,
};
