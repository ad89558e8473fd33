import type { Geometry } from 'geojson';

import type { SourceFormat, SourceWarningCode } from '../../../shared/import/file-rules.js';

export { MAX_SOURCE_BYTES, sourceFormats, unreadableReasons } from '../../../shared/import/file-rules.js';
export type { SourceFormat, UnreadableReason } from '../../../shared/import/file-rules.js';

/** An attribute value as files carry them; dates become ISO strings. */
export type AttributeValue = string | number | boolean | null;

/**
 * One feature as read from a file, before any reprojection or validation.
 * Coordinates are in the file's own CRS (metres for a UTM shapefile).
 */
export interface SourceFeature {
  /** 0-based position in the file (in the layer, for multi-layer files), for reports. */
  index: number;
  /** Null when the record has no geometry (the import rejects it with a reason). */
  geometry: Geometry | null;
  properties: Record<string, AttributeValue>;
  /** KML folder, GPX kind ('track' | 'waypoint' | 'route'), GeoPackage table…; absent for single-layer files. */
  layer?: string;
}

/** What the file says about its coordinate system. */
export type SourceCrs =
  | { kind: 'epsg'; code: number } // GeoPackage srs_id, GeoJSON "crs" member, CSV UTM zone
  | { kind: 'wkt'; wkt: string } // a shapefile's .prj
  | { kind: 'wgs84' } // formats that are WGS84 by definition: RFC 7946 GeoJSON, KML, GPX, lat/lon CSV
  | { kind: 'none' }; // nothing said (a shapefile without .prj, a CSV with x/y)

/** Non-fatal remarks about the file as a whole; codes are translated in the UI (`importWarnings.<code>`). */
export interface SourceWarning {
  code: SourceWarningCode;
  params: Record<string, string | number>;
}

export interface SourceData {
  format: SourceFormat;
  features: SourceFeature[];
  crs: SourceCrs;
  /** Attribute names in file order (union over features), for the column mapping step. */
  columns: string[];
  warnings: SourceWarning[];
}

/** How to read coordinates from a CSV when the columns cannot be guessed. */
export interface CsvOptions {
  lonColumn?: string;
  latColumn?: string;
  eastingColumn?: string;
  northingColumn?: string;
  /** UTM zone south of the equator (17, 18 or 19), for easting/northing columns. */
  utmZone?: number;
  delimiter?: string;
}

export interface ReadOptions {
  csv?: CsvOptions;
}
