import type Database from 'better-sqlite3';

/** 'GPKG' in ASCII: the application_id of GeoPackage 1.2 and later. */
export const GPKG_APPLICATION_ID = 0x47504b47;
/** GeoPackage 1.3.0 as user_version (major·10000 + minor·100 + patch). */
export const GPKG_USER_VERSION = 10300;
export const SRS_WGS84 = 4326;

const WGS84_WKT =
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],' +
  'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],' +
  'UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]';

/** The required metadata tables, as written in the GeoPackage 1.3 specification (Annex C). */
const CORE_TABLES = `
  CREATE TABLE gpkg_spatial_ref_sys (
    srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
    organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
  CREATE TABLE gpkg_contents (
    table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
    description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
    CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
  CREATE TABLE gpkg_geometry_columns (
    table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
    srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
    CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
    CONSTRAINT uk_gc_table_name UNIQUE (table_name),
    CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
    CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
  CREATE TABLE gpkg_extensions (
    table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
    scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
`;

/** Creates the metadata tables with the three mandatory SRS rows (−1, 0, 4326). */
export function createGpkgCore(db: Database.Database): void {
  db.pragma(`application_id = ${GPKG_APPLICATION_ID}`);
  db.pragma(`user_version = ${GPKG_USER_VERSION}`);
  db.exec(CORE_TABLES);
  const srs = db.prepare(
    `INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, definition, description)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  srs.run('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system');
  srs.run('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
  srs.run('WGS 84 geodetic', SRS_WGS84, 'EPSG', SRS_WGS84, WGS84_WKT, 'longitude/latitude coordinates in WGS84');
}

/**
 * The R-tree spatial index extension (GeoPackage 1.3 Annex F.3): the index
 * is filled from a plain bbox query here (the table is complete), then the
 * specification's triggers keep it in step if someone edits the layer in
 * QGIS. The ST_* functions of the triggers are provided by GDAL at run time.
 */
export function addRtreeIndex(
  db: Database.Database,
  table: string,
  boxes: Iterable<{ fid: number; minX: number; maxX: number; minY: number; maxY: number }>,
): void {
  const t = table;
  const r = `rtree_${t}_geom`;
  db.exec(`CREATE VIRTUAL TABLE "${r}" USING rtree(id, minx, maxx, miny, maxy)`);
  const insert = db.prepare(`INSERT INTO "${r}" VALUES (?, ?, ?, ?, ?)`);
  for (const box of boxes) insert.run(box.fid, box.minX, box.maxX, box.minY, box.maxY);
  const values = `NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)`;
  db.exec(`
    CREATE TRIGGER "${r}_insert" AFTER INSERT ON "${t}"
      WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
      BEGIN INSERT OR REPLACE INTO "${r}" VALUES (${values}); END;
    CREATE TRIGGER "${r}_update1" AFTER UPDATE OF geom ON "${t}"
      WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
      BEGIN INSERT OR REPLACE INTO "${r}" VALUES (${values}); END;
    CREATE TRIGGER "${r}_update2" AFTER UPDATE OF geom ON "${t}"
      WHEN OLD.fid = NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
      BEGIN DELETE FROM "${r}" WHERE id = OLD.fid; END;
    CREATE TRIGGER "${r}_update3" AFTER UPDATE ON "${t}"
      WHEN OLD.fid != NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
      BEGIN DELETE FROM "${r}" WHERE id = OLD.fid; INSERT OR REPLACE INTO "${r}" VALUES (${values}); END;
    CREATE TRIGGER "${r}_update4" AFTER UPDATE ON "${t}"
      WHEN OLD.fid != NEW.fid AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
      BEGIN DELETE FROM "${r}" WHERE id IN (OLD.fid, NEW.fid); END;
    CREATE TRIGGER "${r}_delete" AFTER DELETE ON "${t}"
      WHEN old.geom NOT NULL
      BEGIN DELETE FROM "${r}" WHERE id = OLD.fid; END;
  `);
  db.prepare(
    `INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
     VALUES (?, 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')`,
  ).run(t);
}
