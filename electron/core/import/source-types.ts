import type { Geometry } from 'geojson';

/** The file formats Cafetal reads. */
export const sourceFormats = ['geojson', 'kml', 'kmz', 'gpx', 'shapefile', 'csv', 'gpkg'] as const;
export type SourceFormat = (typeof sourceFormats)[number];

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
  code:
    | 'ENCODING_ASSUMED_LATIN1'
    | 'FEATURES_WITHOUT_GEOMETRY'
    | 'OPEN_TRACK_KEPT_AS_LINE'
    | 'MULTIPLE_LAYERS'
    | 'UNSUPPORTED_GEOMETRY'
    | 'EMPTY_LAYER';
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

/**
 * Why a file could not be read at all; carried as `ApiError('FILE_UNREADABLE',
 * message, { reason, … })` and translated as `importErrors.<reason>`.
 */
export const unreadableReasons = [
  'EMPTY_FILE',
  'TOO_LARGE',
  'UNKNOWN_FORMAT',
  'NOT_A_ZIP',
  'TRUNCATED_ZIP',
  'NO_SHP',
  'NO_DBF',
  'BAD_JSON',
  'NOT_GEOJSON',
  'BAD_XML',
  'NOT_KML',
  'NOT_GPX',
  'KMZ_WITHOUT_KML',
  'NOT_GPKG',
  'CSV_NO_COORDINATE_COLUMNS',
  'CSV_NEEDS_UTM_ZONE',
  'NO_FEATURES',
] as const;
export type UnreadableReason = (typeof unreadableReasons)[number];

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

/** The largest file Cafetal reads into memory; larger files are refused with TOO_LARGE. */
export const MAX_SOURCE_BYTES = 250 * 1024 * 1024;
