import Papa from 'papaparse';
import type {
  AttributeValue,
  CsvOptions,
  SourceCrs,
  SourceData,
  SourceFeature,
  SourceWarning,
} from '../source-types.js';
import { nullGeometryWarnings } from './attributes.js';
import { guessColumns, namedColumn, parseCoordinate, parseUtmZone } from './csv-columns.js';
import { LATIN1, isValidUtf8 } from './text-encoding.js';
import { unreadable } from './unreadable.js';

/** Values above this are metres (UTM), not degrees: Cajamarca reads E ≈ 700,000, N ≈ 9,200,000. */
const UTM_MIN_VALUE = 100_000;

interface Plan {
  x: number;
  y: number;
  crs: SourceCrs;
}

/**
 * A table of points: one row per plot centre or GPS reading, from Excel,
 * ODK/KoboToolbox exports or a field form. Every column stays an attribute,
 * as text: a DNI such as "04123456" must keep its leading zero.
 */
export function readCsv(bytes: Uint8Array, options: CsvOptions = {}): SourceData {
  const warnings: SourceWarning[] = [];
  const text = decodeTable(bytes, warnings);
  const parsed = Papa.parse<string[]>(text, {
    delimiter: options.delimiter ?? '',
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: 'greedy',
  });
  const [header = [], ...rows] = parsed.data;
  const columns = uniqueHeaders(header);
  // With ';' or tab as delimiter the comma is free to be the decimal mark, as Excel in Spanish writes it.
  const commaDecimals = parsed.meta.delimiter !== ',';
  const plan = coordinatePlan(columns, rows, options, commaDecimals);
  const features = rows.map((row, index): SourceFeature => {
    const properties: Record<string, AttributeValue> = {};
    for (let c = 0; c < columns.length; c += 1) {
      const cell = row[c]?.trim() ?? '';
      properties[columns[c] as string] = cell === '' ? null : cell;
    }
    const x = parseCoordinate(row[plan.x] ?? '', commaDecimals);
    const y = parseCoordinate(row[plan.y] ?? '', commaDecimals);
    const geometry = Number.isFinite(x) && Number.isFinite(y) ? { type: 'Point' as const, coordinates: [x, y] } : null;
    return { index, geometry, properties };
  });
  warnings.push(...nullGeometryWarnings(features));
  return { format: 'csv', features, crs: plan.crs, columns, warnings };
}

/** Which columns are x and y, and in which CRS: explicit options first, then guesses from the headers. */
function coordinatePlan(columns: string[], rows: string[][], options: CsvOptions, commaDecimals: boolean): Plan {
  const named = (name: string | undefined, role: string): number => {
    const index = name === undefined ? -1 : namedColumn(columns, name);
    if (index < 0) {
      throw unreadable('CSV_NO_COORDINATE_COLUMNS', `The CSV has no ${role} column${name ? ` "${name}"` : ''}.`, {
        column: name ?? null,
        role,
      });
    }
    return index;
  };
  const guessed = guessColumns(columns);
  if (options.lonColumn !== undefined || options.latColumn !== undefined) {
    const x = named(options.lonColumn ?? columns[guessed.lon], 'longitude');
    return { x, y: named(options.latColumn ?? columns[guessed.lat], 'latitude'), crs: { kind: 'wgs84' } };
  }
  if (options.eastingColumn !== undefined || options.northingColumn !== undefined) {
    const x = named(options.eastingColumn ?? columns[guessed.east], 'easting');
    const y = named(options.northingColumn ?? columns[guessed.north], 'northing');
    return { x, y, crs: utmCrs(rows, options.utmZone, guessed.zone, x) };
  }
  if (guessed.lon >= 0 && guessed.lat >= 0) return { x: guessed.lon, y: guessed.lat, crs: { kind: 'wgs84' } };
  if (guessed.east >= 0 && guessed.north >= 0) {
    const { east: x, north: y } = guessed;
    if (mostlyAbove(rows, x, commaDecimals) && mostlyAbove(rows, y, commaDecimals)) {
      return { x, y, crs: utmCrs(rows, options.utmZone, guessed.zone, x) };
    }
    // x/y in degrees, or in some unit the file does not name: the importer checks the values.
    return { x, y, crs: { kind: 'none' } };
  }
  throw unreadable('CSV_NO_COORDINATE_COLUMNS', 'No coordinate columns were found (latitud/longitud or este/norte).', {
    columns,
  });
}

/** True when most numeric values in the column are UTM-sized (> 100,000). */
function mostlyAbove(rows: string[][], column: number, commaDecimals: boolean): boolean {
  let above = 0;
  let numbers = 0;
  for (const row of rows.slice(0, 1000)) {
    const value = parseCoordinate(row[column] ?? '', commaDecimals);
    if (!Number.isFinite(value)) continue;
    numbers += 1;
    if (Math.abs(value) > UTM_MIN_VALUE) above += 1;
  }
  return numbers > 0 && above * 2 > numbers;
}

/**
 * EPSG:327zz for the UTM zone: the option, else the zone column (one zone for
 * the whole file). NOTE: a file mixing 17 and 18 (Celendín straddles them)
 * cannot be one CRS; the user splits it or picks one zone explicitly.
 */
function utmCrs(rows: string[][], optionZone: number | undefined, zoneColumn: number, xColumn: number): SourceCrs {
  if (optionZone !== undefined) {
    if (!Number.isInteger(optionZone) || optionZone < 1 || optionZone > 60) {
      throw unreadable('CSV_NEEDS_UTM_ZONE', `${optionZone} is not a UTM zone.`, { zone: optionZone });
    }
    return { kind: 'epsg', code: 32700 + optionZone };
  }
  const zones = new Set<number>();
  if (zoneColumn >= 0) {
    for (const row of rows) {
      if ((row[xColumn] ?? '').trim() === '') continue;
      const zone = parseUtmZone(row[zoneColumn] ?? '');
      if (zone !== null) zones.add(zone);
    }
  }
  const [zone] = zones;
  if (zones.size > 1) {
    const message = `The rows are in several UTM zones (${[...zones].join(', ')}); import each zone separately.`;
    throw unreadable('CSV_NEEDS_UTM_ZONE', message, { zones: [...zones] });
  }
  // No zone anywhere: the metres say "projected", and the import asks which CRS (suggesting 17S).
  if (zone === undefined) return { kind: 'none' };
  return { kind: 'epsg', code: 32700 + zone };
}

/** Trimmed headers; an empty one becomes column_N and a repeated one gets _2, so no value overwrites another. */
function uniqueHeaders(header: string[]): string[] {
  const seen = new Set<string>();
  return header.map((raw, i) => {
    const base = raw.trim().replace(/^\uFEFF/, '') || `column_${i + 1}`;
    let name = base;
    for (let n = 2; seen.has(name); n += 1) name = `${base}_${n}`;
    seen.add(name);
    return name;
  });
}

/**
 * Excel on Spanish Windows saves "CSV" in windows-1252 with no marker, so
 * UTF-8 is tried first and latin-1 assumed (with a warning) when the bytes are
 * not UTF-8. Its "Unicode text" export is UTF-16 with a byte-order mark.
 */
function decodeTable(bytes: Uint8Array, warnings: SourceWarning[]): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (isValidUtf8(bytes)) return new TextDecoder('utf-8').decode(bytes);
  warnings.push({ code: 'ENCODING_ASSUMED_LATIN1', params: {} });
  return new TextDecoder(LATIN1).decode(bytes);
}
