import type { Migration } from '../migration.js';

/**
 * Organisations gain RUC, certifications and a logo; producers and plots get
 * their full data. Plot geometry stays GeoJSON text in WGS84; the computed
 * measures (geodesic area, perimeter, centroid) are stored so lists and
 * reports never recompute them. Overlaps found at save are recorded.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'producers and plots',
  sql: `
    ALTER TABLE organisations ADD COLUMN ruc TEXT;
    ALTER TABLE organisations ADD COLUMN certifications TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(certifications));
    ALTER TABLE organisations ADD COLUMN logo_data_url TEXT;

    ALTER TABLE producers ADD COLUMN dni TEXT;
    ALTER TABLE producers ADD COLUMN gender TEXT NOT NULL DEFAULT 'no_indica'
      CHECK (gender IN ('mujer','hombre','otro','no_indica'));
    ALTER TABLE producers ADD COLUMN birth_year INTEGER;
    ALTER TABLE producers ADD COLUMN household_size INTEGER;
    ALTER TABLE producers ADD COLUMN phone TEXT NOT NULL DEFAULT '';
    ALTER TABLE producers ADD COLUMN community TEXT NOT NULL DEFAULT '';
    ALTER TABLE producers ADD COLUMN district TEXT NOT NULL DEFAULT '';
    ALTER TABLE producers ADD COLUMN certifications TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(certifications));
    ALTER TABLE producers ADD COLUMN notes TEXT NOT NULL DEFAULT '';
    CREATE UNIQUE INDEX producers_dni_live ON producers(dni) WHERE dni IS NOT NULL AND deleted_at IS NULL;
    CREATE INDEX producers_organisation ON producers(organisation_id, deleted_at);

    ALTER TABLE plots ADD COLUMN declared_area_ha REAL;
    ALTER TABLE plots ADD COLUMN perimeter_m REAL;
    ALTER TABLE plots ADD COLUMN centroid_lon REAL;
    ALTER TABLE plots ADD COLUMN centroid_lat REAL;
    ALTER TABLE plots ADD COLUMN altitude_m REAL;
    ALTER TABLE plots ADD COLUMN altitude_source TEXT CHECK (altitude_source IN ('typed','gps','dem'));
    ALTER TABLE plots ADD COLUMN variety TEXT NOT NULL DEFAULT '';
    ALTER TABLE plots ADD COLUMN planting_year INTEGER;
    ALTER TABLE plots ADD COLUMN plants_per_ha INTEGER;
    ALTER TABLE plots ADD COLUMN shade_pct REAL;
    ALTER TABLE plots ADD COLUMN production_system TEXT NOT NULL DEFAULT 'convencional'
      CHECK (production_system IN ('convencional','organico','transicion'));
    ALTER TABLE plots ADD COLUMN last_harvest_qq REAL;
    ALTER TABLE plots ADD COLUMN last_harvest_basis TEXT NOT NULL DEFAULT 'pergamino'
      CHECK (last_harvest_basis IN ('pergamino','oro_verde'));
    ALTER TABLE plots ADD COLUMN notes TEXT NOT NULL DEFAULT '';
    ALTER TABLE plots ADD COLUMN issues TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(issues));
    ALTER TABLE plots ADD COLUMN geometry_hash TEXT;
    CREATE INDEX plots_geometry_hash ON plots(geometry_hash) WHERE deleted_at IS NULL;

    CREATE TABLE plot_overlaps (
      plot_id TEXT NOT NULL REFERENCES plots(id),
      other_plot_id TEXT NOT NULL REFERENCES plots(id),
      overlap_ha REAL NOT NULL,
      detected_at TEXT NOT NULL,
      PRIMARY KEY (plot_id, other_plot_id)
    ) STRICT;
    CREATE INDEX plot_overlaps_other ON plot_overlaps(other_plot_id);
  `,
};
