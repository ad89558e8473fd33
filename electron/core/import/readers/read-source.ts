import type { ReadOptions, SourceData, SourceFormat, UnreadableReason } from '../source-types.js';
import { MAX_SOURCE_BYTES } from '../source-types.js';
import { readCsv } from './csv.js';
import { detectFormat } from './detect-format.js';
import { readGeoJson } from './geojson.js';
import { readGeoPackage } from './gpkg.js';
import { readGpx } from './gpx.js';
import { readKml } from './kml.js';
import { readKmz } from './kmz.js';
import { readShapefileZip } from './shapefile.js';
import { describeError, isUnreadable, unreadable } from './unreadable.js';

/** The reason given when a reader fails in a way it did not foresee (a bug, or bytes nobody imagined). */
const fallbackReason: Record<SourceFormat, UnreadableReason> = {
  geojson: 'NOT_GEOJSON',
  kml: 'NOT_KML',
  kmz: 'NOT_KML',
  gpx: 'NOT_GPX',
  shapefile: 'UNKNOWN_FORMAT',
  csv: 'UNKNOWN_FORMAT',
  gpkg: 'NOT_GPKG',
};

/**
 * Reads a geodata file into SourceData, in the file's own CRS. Synchronous:
 * every reader works on the bytes in memory (the GeoPackage through a
 * read-only temp copy). Whatever the bytes, it returns or throws
 * `ApiError('FILE_UNREADABLE', message, { reason, … })` — never anything else.
 */
export function readSource(fileName: string, bytes: Uint8Array, options: ReadOptions = {}): SourceData {
  if (bytes.byteLength === 0) throw unreadable('EMPTY_FILE', 'The file is empty.');
  // Checked before any parsing: a larger file would take the app's memory with it.
  if (bytes.byteLength > MAX_SOURCE_BYTES) {
    throw unreadable('TOO_LARGE', 'The file is too large.', {
      sizeBytes: bytes.byteLength,
      maxBytes: MAX_SOURCE_BYTES,
    });
  }
  let format: SourceFormat | undefined;
  try {
    format = detectFormat(fileName, bytes);
    const source = readAs(format, bytes, options);
    if (source.features.length === 0) {
      throw unreadable('NO_FEATURES', 'The file holds no features.', { format, warnings: source.warnings });
    }
    return source;
  } catch (error) {
    if (isUnreadable(error)) throw error;
    throw unreadable(format ? fallbackReason[format] : 'UNKNOWN_FORMAT', 'The file could not be read.', {
      format: format ?? null,
      detail: describeError(error),
    });
  }
}

function readAs(format: SourceFormat, bytes: Uint8Array, options: ReadOptions): SourceData {
  switch (format) {
    case 'geojson':
      return readGeoJson(bytes);
    case 'kml':
      return readKml(bytes);
    case 'kmz':
      return readKmz(bytes);
    case 'gpx':
      return readGpx(bytes);
    case 'shapefile':
      return readShapefileZip(bytes);
    case 'csv':
      return readCsv(bytes, options.csv);
    case 'gpkg':
      return readGeoPackage(bytes);
    default: {
      const never: never = format;
      throw new Error(`Unknown format ${String(never)}`);
    }
  }
}
