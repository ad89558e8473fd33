/**
 * Facts about import files that both the core (readers) and the renderer
 * (file picker, translated errors) need: one list each, here.
 */

/** The file formats Cafetal reads. */
export const sourceFormats = ['geojson', 'kml', 'kmz', 'gpx', 'shapefile', 'csv', 'gpkg'] as const;
export type SourceFormat = (typeof sourceFormats)[number];

/** The largest file Cafetal reads into memory; larger files are refused (TOO_LARGE) before reading. */
export const MAX_SOURCE_BYTES = 250 * 1024 * 1024;

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
  // Raster layers (GeoTIFF): electron/core/raster/read-geotiff.ts.
  'NOT_GEOTIFF',
  'GEOTIFF_NO_GEOREFERENCE',
  'GEOTIFF_ROTATED',
  'GEOTIFF_MULTIBAND',
  'GEOTIFF_NO_CRS',
  'GEOTIFF_UNSUPPORTED_CRS',
  'GEOTIFF_TOO_LARGE',
  'GEOTIFF_UNSUPPORTED_ENCODING',
  'GEOTIFF_ALL_NODATA',
] as const;
export type UnreadableReason = (typeof unreadableReasons)[number];

/** Non-fatal remarks about a whole file, translated as `importWarnings.<code>`. */
export const sourceWarningCodes = [
  'ENCODING_ASSUMED_LATIN1',
  'FEATURES_WITHOUT_GEOMETRY',
  'OPEN_TRACK_KEPT_AS_LINE',
  'MULTIPLE_LAYERS',
  'UNSUPPORTED_GEOMETRY',
  'EMPTY_LAYER',
] as const;
export type SourceWarningCode = (typeof sourceWarningCodes)[number];
