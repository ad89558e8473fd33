import type { Geometry, Position } from 'geojson';
import type { PlotGeometry } from '../../../shared/domain/plot-geometry.js';

const same = (a: Position | undefined, b: Position | undefined): boolean =>
  a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];

/**
 * What a file's geometry can be as a plot: polygons as they are; a closed line
 * (a KML LineString or a track walked around the plot) as a polygon; a
 * collection of polygons as a MultiPolygon; a point as a point plot.
 * Anything else (open lines, multipoints) is not a plot: null.
 */
export function plotGeometryFrom(geometry: Geometry): PlotGeometry | null {
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiPolygon':
    case 'Point':
      return geometry;
    case 'LineString': {
      const line = geometry.coordinates;
      return line.length >= 4 && same(line[0], line[line.length - 1]) ? { type: 'Polygon', coordinates: [line] } : null;
    }
    case 'MultiPoint':
      return geometry.coordinates.length === 1
        ? { type: 'Point', coordinates: geometry.coordinates[0] as Position }
        : null;
    case 'GeometryCollection': {
      const parts = geometry.geometries.map(plotGeometryFrom);
      if (parts.length === 1) return parts[0] ?? null;
      if (parts.length === 0 || parts.some((p) => p === null || p.type === 'Point')) return null;
      return {
        type: 'MultiPolygon',
        coordinates: parts.flatMap((p) =>
          p?.type === 'Polygon' ? [p.coordinates] : p?.type === 'MultiPolygon' ? p.coordinates : [],
        ),
      };
    }
    case 'MultiLineString':
      return geometry.coordinates.length === 1
        ? plotGeometryFrom({ type: 'LineString', coordinates: geometry.coordinates[0] as Position[] })
        : null;
    default:
      return null;
  }
}

/**
 * Whether every position is a longitude/latitude a map can hold. A file's
 * numbers can be anything (1e308, metres read as degrees, a UTM pair that
 * proj4 sends to NaN), and the geodesic and turf steps after reprojection
 * assume real coordinates: such a feature is rejected, not measured.
 */
export function isOnTheGlobe(geometry: PlotGeometry): boolean {
  const ok = (p: Position): boolean => {
    const [lon, lat] = p;
    return lon !== undefined && lat !== undefined && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
  };
  switch (geometry.type) {
    case 'Point':
      return ok(geometry.coordinates);
    case 'Polygon':
      return geometry.coordinates.every((ring) => ring.every(ok));
    case 'MultiPolygon':
      return geometry.coordinates.every((polygon) => polygon.every((ring) => ring.every(ok)));
    default: {
      const never: never = geometry;
      throw new Error(`Unknown plot geometry ${JSON.stringify(never)}`);
    }
  }
}

/**
 * Longest outline a feature may have to be measured as a plot, as the sum
 * over its edges of max(|Δlon|, |Δlat|) in degrees. The geodesic measures
 * split edges into 0.001° steps (shared/geo/geodesic.ts), so this bounds the
 * work per feature to ~20,000 vertices (the 13 provinces' 26° measure in
 * ~0.4 s): a hostile file of huge zigzags cannot hold the import for minutes,
 * and the job stays cancellable between features. The largest province of
 * Cajamarca has an outline of 3.4° by this measure (INEI limits in
 * ../shared/fixtures/admin), so no real plot, district or province is near it.
 */
export const MAX_OUTLINE_DEG = 20;

/** Kilometres per degree of latitude on WGS84 (mean meridian degree, 111.13 km): for the user's message only. */
const KM_PER_DEGREE = 111.13;

/** The outline's length as `MAX_OUTLINE_DEG` measures it (degrees), and roughly in km. */
export function outlineSpan(geometry: PlotGeometry): { degrees: number; km: number } {
  const rings =
    geometry.type === 'Polygon'
      ? geometry.coordinates
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates.flat()
        : [];
  let degrees = 0;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i += 1) {
      const [ax, ay] = ring[i - 1] as [number, number];
      const [bx, by] = ring[i] as [number, number];
      degrees += Math.max(Math.abs(bx - ax), Math.abs(by - ay));
    }
  }
  return { degrees, km: Math.round(degrees * KM_PER_DEGREE) };
}

/** A polygon without rings, or a multipolygon with a part without any: nothing to measure. */
export function hasNoRing(geometry: PlotGeometry): boolean {
  if (geometry.type === 'Polygon') return geometry.coordinates.length === 0;
  if (geometry.type === 'MultiPolygon') {
    return geometry.coordinates.length === 0 || geometry.coordinates.some((polygon) => polygon.length === 0);
  }
  return false;
}

/** The third coordinate of a GPS point, as altitude in metres, when there is one. */
export function pointAltitudeM(geometry: PlotGeometry): number | null {
  if (geometry.type !== 'Point' || geometry.coordinates.length < 3) return null;
  const z = geometry.coordinates[2] as number;
  return Number.isFinite(z) && z > 0 ? Math.round(z) : null;
}
