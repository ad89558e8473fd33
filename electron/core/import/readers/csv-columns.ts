/**
 * Which CSV columns hold coordinates, guessed from their headers the way
 * field teams in Cajamarca name them ("Latitud", "LONGITUD", "Este (m)",
 * "Coordenada Norte", "Zona"). Matching ignores case, accents, spaces and
 * a unit in brackets.
 */

const LAT = ['lat', 'latitud', 'latitude', 'y_lat', 'centroid_lat'];
const LON = ['lon', 'lng', 'long', 'longitud', 'longitude', 'x_lon', 'centroid_lon'];
const EAST = ['este', 'easting', 'utm_e', 'x', 'x_utm', 'utm_x', 'coord_x', 'coordenada_x', 'coordenada_este'];
const NORTH = ['norte', 'northing', 'utm_n', 'y', 'y_utm', 'utm_y', 'coord_y', 'coordenada_y', 'coordenada_norte'];
const ZONE = ['zona', 'zone', 'zona_utm', 'utm_zone', 'huso'];

/** "Longitud (°)" → "longitud", "Coordenada Este" → "coordenada_este", "UTM-E" → "utm_e". */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\(.*?\)|\[.*?\]/g, '')
    .trim()
    .replace(/[\s.-]+/g, '_');
}

/** Index of the first header named like one of the candidates (in candidate order), or -1. */
function findColumn(normalized: readonly string[], candidates: readonly string[]): number {
  for (const candidate of candidates) {
    const index = normalized.indexOf(candidate);
    if (index >= 0) return index;
  }
  return -1;
}

/** The index of an explicitly named column: exact header first, then the same name ignoring case and accents. */
export function namedColumn(headers: readonly string[], name: string): number {
  const exact = headers.indexOf(name);
  return exact >= 0 ? exact : headers.map(normalizeHeader).indexOf(normalizeHeader(name));
}

export interface GuessedColumns {
  lon: number;
  lat: number;
  east: number;
  north: number;
  zone: number;
}

export function guessColumns(headers: readonly string[]): GuessedColumns {
  const normalized = headers.map(normalizeHeader);
  return {
    lon: findColumn(normalized, LON),
    lat: findColumn(normalized, LAT),
    east: findColumn(normalized, EAST),
    north: findColumn(normalized, NORTH),
    zone: findColumn(normalized, ZONE),
  };
}

/**
 * The UTM zone number in a cell: "17", "17S", "17 S", "17M", "Zona 17". The
 * letter is not read as a hemisphere or latitude band: all of Peru is south of
 * the equator, and both usages ("17S" = south, "17M" = band M) mean the same.
 */
export function parseUtmZone(cell: string): number | null {
  const match = /^(?:zona\s*|zone\s*)?(\d{1,2})\s*[a-z]?$/i.exec(cell.trim());
  const zone = match ? Number(match[1]) : NaN;
  return zone >= 1 && zone <= 60 ? zone : null;
}

/**
 * A number as spreadsheets in Peru write it: "-78.51", and when the
 * delimiter is not a comma also "-78,51" or "9.206.891,5" (comma decimals).
 * NaN when the cell is not a plain number (degrees-minutes-seconds are not read).
 */
export function parseCoordinate(cell: string, commaDecimals: boolean): number {
  let text = cell.trim().replace(/\s+/g, '');
  if (text === '') return NaN;
  if (commaDecimals && text.includes(',')) text = text.replace(/\./g, '').replace(',', '.');
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) ? Number(text) : NaN;
}
