import type { Migration } from '../migration.js';

/**
 * Offline basemaps the user brings: MBTiles, PMTiles, or GeoTIFF imagery
 * tiled into an MBTiles at import. The file lives in the data folder
 * (`basemaps/<file_name>`); the row keeps what the map needs without opening
 * it (tile format, zooms, coverage, vector layer ids). Basemaps are per
 * laptop, never exchanged, so a removed one is deleted outright (no
 * tombstone). Which basemap is active, and which elevation layer is drawn as
 * hillshade, are kept in `settings` (keys `basemaps.active`,
 * `basemaps.hillshadeLayerId`).
 */
export const migration0006: Migration = {
  version: 6,
  name: 'basemaps',
  sql: `
    CREATE TABLE basemaps (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('mbtiles-raster','mbtiles-vector','pmtiles-raster','pmtiles-vector','geotiff')),
      file_name TEXT NOT NULL,
      source_file_name TEXT NOT NULL,
      size_bytes INTEGER NOT NULL,
      format TEXT NOT NULL CHECK (format IN ('png','jpg','webp','pbf')),
      tile_size INTEGER NOT NULL DEFAULT 256,
      min_zoom INTEGER NOT NULL CHECK (min_zoom BETWEEN 0 AND 30),
      max_zoom INTEGER NOT NULL CHECK (max_zoom BETWEEN min_zoom AND 30),
      west REAL NOT NULL,
      south REAL NOT NULL,
      east REAL NOT NULL,
      north REAL NOT NULL,
      attribution TEXT NOT NULL DEFAULT '',
      vector_layers TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(vector_layers)),
      created_at TEXT NOT NULL
    ) STRICT;
  `,
};
