import type { Migration } from '../migration.js';

/**
 * Climate-risk layers and per-plot results.
 *
 * - `layers` (created empty in 0001) gains its metadata. Vector layers keep
 *   their polygons in `layer_features` (WGS84 GeoJSON text, the class value as
 *   read and the level it maps to); rasters live as files in the data folder
 *   (`layers/<id>.tif` and a float grid), described by the `raster` JSON.
 * - `version` grows with every change that alters results (class map, file),
 *   so results can say which version they used.
 * - `plot_layer_stats`: what one layer found in one plot, with the plot's
 *   geometry hash and the layer version it was computed from: re-analysis
 *   recomputes an overlay only when one of the two changed.
 * - `plot_risks`: the model's levels per plot and scenario (one column per
 *   hazard, for cheap counts and the map), with `inputs_key`: a digest of
 *   everything the result depends on (plot fields, layer versions, model
 *   settings). A different key now means the result is stale. The drivers in
 *   words are not stored (1.6 kB a row, 640 MB for 100,000 plots): the model
 *   is deterministic and takes ~30 µs a plot, so a risk card recomputes them
 *   from the stored overlays.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'climate risk',
  sql: `
    ALTER TABLE layers ADD COLUMN hazard TEXT NOT NULL DEFAULT 'other';
    ALTER TABLE layers ADD COLUMN source TEXT NOT NULL DEFAULT '';
    ALTER TABLE layers ADD COLUMN date TEXT NOT NULL DEFAULT '';
    ALTER TABLE layers ADD COLUMN licence TEXT NOT NULL DEFAULT '';
    ALTER TABLE layers ADD COLUMN scenario_id TEXT;
    ALTER TABLE layers ADD COLUMN opacity REAL NOT NULL DEFAULT 0.7;
    ALTER TABLE layers ADD COLUMN visible INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE layers ADD COLUMN unit TEXT NOT NULL DEFAULT '';
    ALTER TABLE layers ADD COLUMN ramp TEXT NOT NULL DEFAULT 'viridis';
    ALTER TABLE layers ADD COLUMN sort_order INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE layers ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE layers ADD COLUMN file_name TEXT NOT NULL DEFAULT '';
    ALTER TABLE layers ADD COLUMN class_field TEXT;
    ALTER TABLE layers ADD COLUMN class_map TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(class_map));
    ALTER TABLE layers ADD COLUMN feature_count INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE layers ADD COLUMN raster TEXT CHECK (raster IS NULL OR json_valid(raster));

    CREATE TABLE layer_features (
      layer_id TEXT NOT NULL REFERENCES layers(id),
      fid INTEGER NOT NULL,
      class_value TEXT NOT NULL,
      geometry TEXT NOT NULL,
      PRIMARY KEY (layer_id, fid)
    ) STRICT;

    CREATE TABLE plot_layer_stats (
      plot_id TEXT NOT NULL REFERENCES plots(id),
      layer_id TEXT NOT NULL REFERENCES layers(id),
      geometry_hash TEXT NOT NULL,
      layer_version INTEGER NOT NULL,
      stats TEXT CHECK (stats IS NULL OR json_valid(stats)),
      computed_at TEXT NOT NULL,
      PRIMARY KEY (plot_id, layer_id)
    ) STRICT;
    CREATE INDEX plot_layer_stats_layer ON plot_layer_stats(layer_id);

    -- NOTE: a covering index for the analysis's plot list. Columns added to
    -- plots by ALTER TABLE sit after the geometry text in each row, so reading
    -- them from the table walks the geometry's overflow pages: 3 s for 100,000
    -- plots, 0.15 s from this index.
    CREATE INDEX plots_risk_inputs ON plots(producer_id, deleted_at, id, name, geometry_hash, area_ha,
      centroid_lon, centroid_lat, altitude_m, altitude_source, variety, shade_pct, updated_at)
      WHERE geometry IS NOT NULL;

    CREATE TABLE plot_risks (
      plot_id TEXT NOT NULL REFERENCES plots(id),
      scenario_id TEXT NOT NULL,
      inputs_key TEXT NOT NULL,
      temperature_c REAL,
      altitude_m REAL,
      altitude_source TEXT,
      thermal TEXT,
      rust TEXT,
      borer TEXT,
      frost TEXT,
      drought TEXT,
      landslide TEXT,
      analysed_at TEXT NOT NULL,
      PRIMARY KEY (plot_id, scenario_id)
    ) STRICT, WITHOUT ROWID;
  `,
};
