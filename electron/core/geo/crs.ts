import proj4 from 'proj4';
import type { Geometry, Position } from 'geojson';

/**
 * The coordinate systems Peruvian plot data comes in (DOMAIN.md "Coordinates").
 * PSAD56 → WGS84 uses ONE fixed transformation for all of Peru: EPSG:1208
 * "PSAD56 to WGS 84 (8)", Peru onshore, 16 m accuracy: a geocentric
 * translation of −279, +175, −379 m (what PROJ selects for Peru). GDAL's
 * default proj4 string uses the continental average (−288, 175, −376), which
 * can differ by ~10 m; we show the transformation we use before every import.
 */
export const PSAD56_TO_WGS84 = '+towgs84=-279,175,-379,0,0,0,0';
export const PSAD56_TRANSFORMATION_LABEL = 'EPSG:1208 PSAD56 → WGS 84 (8), Perú, ±16 m';

export interface KnownCrs {
  code: number;
  name: string;
  proj4: string;
}

const utm = (zone: number, datum: string) => `+proj=utm +zone=${zone} +south ${datum} +units=m +no_defs`;

export const knownCrs: readonly KnownCrs[] = [
  { code: 4326, name: 'WGS 84 (lat/lon)', proj4: '+proj=longlat +datum=WGS84 +no_defs' },
  { code: 32717, name: 'WGS 84 / UTM 17S', proj4: utm(17, '+datum=WGS84') },
  { code: 32718, name: 'WGS 84 / UTM 18S', proj4: utm(18, '+datum=WGS84') },
  { code: 32719, name: 'WGS 84 / UTM 19S', proj4: utm(19, '+datum=WGS84') },
  { code: 24877, name: 'PSAD56 / UTM 17S', proj4: utm(17, `+ellps=intl ${PSAD56_TO_WGS84}`) },
  { code: 24878, name: 'PSAD56 / UTM 18S', proj4: utm(18, `+ellps=intl ${PSAD56_TO_WGS84}`) },
  { code: 24879, name: 'PSAD56 / UTM 19S', proj4: utm(19, `+ellps=intl ${PSAD56_TO_WGS84}`) },
];

/** Most of Cajamarca lies in UTM zone 17S: the suggestion when a file gives metres and no CRS. */
export const SUGGESTED_CRS_CODE = 32717;

export const knownCrsFor = (code: number): KnownCrs | undefined => knownCrs.find((c) => c.code === code);

/** A coordinate system the importer can use: a known EPSG code, or whatever proj4 made of a .prj. */
export interface ResolvedCrs {
  /** EPSG code when known (also when recognised inside a .prj). */
  code: number | null;
  name: string;
  proj4: string;
  /** Shown before import when the datum is PSAD56. */
  transformation: string | null;
}

function resolved(known: KnownCrs): ResolvedCrs {
  return {
    code: known.code,
    name: known.name,
    proj4: known.proj4,
    transformation: known.proj4.includes('+ellps=intl') ? PSAD56_TRANSFORMATION_LABEL : null,
  };
}

export function crsForCode(code: number): ResolvedCrs | null {
  const known = knownCrsFor(code);
  return known ? resolved(known) : null;
}

/**
 * Recognises our known systems inside a .prj by authority code or by name
 * (ESRI writes "WGS_1984_UTM_Zone_17S" and "PSAD_1956_UTM_Zone_17S" with no
 * code), so PSAD56 always gets the fixed Peruvian transformation. Any other
 * WKT proj4 can parse is used as it is.
 */
export function crsFromWkt(wkt: string): ResolvedCrs | null {
  const authority =
    /AUTHORITY\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]\s*\]\s*$/i.exec(wkt.trim()) ??
    /ID\s*\[\s*"EPSG"\s*,\s*(\d+)\s*\]\s*\]\s*$/i.exec(wkt.trim());
  if (authority?.[1]) {
    const byCode = crsForCode(Number(authority[1]));
    if (byCode) return byCode;
  }
  const name = wkt.toUpperCase().replace(/[\s_/]+/g, ' ');
  const zone = /UTM ZONE (\d{2})\s?S\b/.exec(name)?.[1];
  const isGeographic = /^\s*GEOG(CS|CRS)\b/i.test(wkt);
  if (zone && /PSAD|PROVISIONAL S(OUTH)? AMERICAN/.test(name)) return crsForCode(24860 + Number(zone));
  if (zone && /WGS 1984|WGS 84|WGS84/.test(name)) return crsForCode(32700 + Number(zone));
  if (isGeographic && /WGS 1984|WGS 84|WGS84/.test(name)) return crsForCode(4326);
  try {
    proj4(wkt, 'EPSG:4326', [0, 0]);
  } catch {
    return null;
  }
  const title = /^\s*\w+\s*\[\s*"([^"]+)"/.exec(wkt)?.[1] ?? 'WKT';
  return { code: null, name: title, proj4: wkt, transformation: null };
}

/** True when coordinates cannot be longitude/latitude, i.e. they are metres of some projection. */
export function looksProjected(positions: Iterable<Position>): boolean {
  for (const [x, y] of positions) {
    if (Math.abs(x as number) > 180 || Math.abs(y as number) > 90) return true;
  }
  return false;
}

/** Reprojects a geometry to WGS84 [lon, lat]; altitudes are kept. */
export function toWgs84(geometry: Geometry, crs: ResolvedCrs): Geometry {
  if (crs.code === 4326) return geometry;
  const converter = proj4(crs.proj4, 'EPSG:4326');
  const convert = (p: Position): Position => {
    const [x, y] = converter.forward([p[0] as number, p[1] as number]);
    return p.length > 2 ? [x, y, p[2] as number] : [x, y];
  };
  return mapPositions(geometry, convert);
}

export function mapPositions(geometry: Geometry, fn: (p: Position) => Position): Geometry {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: fn(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { type: geometry.type, coordinates: geometry.coordinates.map(fn) };
    case 'MultiLineString':
    case 'Polygon':
      return { type: geometry.type, coordinates: geometry.coordinates.map((ring) => ring.map(fn)) };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((poly) => poly.map((ring) => ring.map(fn))),
      };
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: geometry.geometries.map((g) => mapPositions(g, fn)) };
    default: {
      const never: never = geometry;
      throw new Error(`Unknown geometry ${JSON.stringify(never)}`);
    }
  }
}

/** Every position of a geometry, for sampling. */
export function* positionsOf(geometry: Geometry): Generator<Position> {
  switch (geometry.type) {
    case 'Point':
      yield geometry.coordinates;
      return;
    case 'MultiPoint':
    case 'LineString':
      yield* geometry.coordinates;
      return;
    case 'MultiLineString':
    case 'Polygon':
      for (const ring of geometry.coordinates) yield* ring;
      return;
    case 'MultiPolygon':
      for (const poly of geometry.coordinates) for (const ring of poly) yield* ring;
      return;
    case 'GeometryCollection':
      for (const g of geometry.geometries) yield* positionsOf(g);
      return;
    default: {
      const never: never = geometry;
      throw new Error(`Unknown geometry ${JSON.stringify(never)}`);
    }
  }
}
