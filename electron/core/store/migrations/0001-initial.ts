import type { Migration } from '../migration.js';

/**
 * The first schema: organisations, producers, plots, layers, plans and
 * settings. Every synchronised table has a UUID key, timestamps and a
 * `deleted_at` tombstone (merging laptops needs to know what was deleted).
 * Geometry is GeoJSON text in WGS84; bounding boxes live in R*Trees keyed by
 * the integer rowid of their row.
 */
export const migration0001: Migration = {
  version: 1,
  name: 'initial schema',
  sql: `
    CREATE TABLE organisations (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL,
      type TEXT NOT NULL CHECK (type IN ('cooperativa','asociacion','empresa','otra')),
      region TEXT NOT NULL DEFAULT '',
      province TEXT NOT NULL DEFAULT '',
      district TEXT NOT NULL DEFAULT '',
      contact TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE UNIQUE INDEX organisations_name_live ON organisations(name COLLATE NOCASE) WHERE deleted_at IS NULL;

    CREATE TABLE producers (
      id TEXT PRIMARY KEY NOT NULL,
      organisation_id TEXT NOT NULL REFERENCES organisations(id),
      member_code TEXT NOT NULL,
      names TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE UNIQUE INDEX producers_code_live ON producers(organisation_id, member_code) WHERE deleted_at IS NULL;

    CREATE TABLE plots (
      id TEXT PRIMARY KEY NOT NULL,
      producer_id TEXT NOT NULL REFERENCES producers(id),
      name TEXT NOT NULL,
      geometry TEXT,
      area_ha REAL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX plots_producer ON plots(producer_id);
    CREATE VIRTUAL TABLE plots_rtree USING rtree(plot_rowid, min_lon, max_lon, min_lat, max_lat);

    CREATE TABLE layers (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('vector','raster')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE VIRTUAL TABLE layers_rtree USING rtree(layer_rowid, min_lon, max_lon, min_lat, max_lat);

    CREATE TABLE plans (
      id TEXT PRIMARY KEY NOT NULL,
      organisation_id TEXT NOT NULL REFERENCES organisations(id),
      producer_id TEXT REFERENCES producers(id),
      title TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;

    CREATE TABLE settings (
      key TEXT PRIMARY KEY NOT NULL,
      value TEXT NOT NULL CHECK (json_valid(value)),
      updated_at TEXT NOT NULL
    ) STRICT;
  `,
};
