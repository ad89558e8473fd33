import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { PlotGeometry } from '../../../shared/domain/plot-geometry.js';

/** [minLon, minLat, maxLon, maxLat] */
export type Bbox = [number, number, number, number];

export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Twice the planar (lon/lat) signed area: positive when the ring runs counter-clockwise. */
export function ringSignedArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const [x1, y1] = ring[i] as [number, number];
    const [x2, y2] = ring[i + 1] as [number, number];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

/**
 * Every ring oriented as asked: RFC 7946 §3.1.6 wants exteriors
 * counter-clockwise and holes clockwise; the Shapefile format wants the
 * opposite. Only the orientation changes, never a vertex.
 */
export function orientPolygons(polygons: readonly Position[][][], exteriorCcw: boolean): Position[][][] {
  return polygons.map((rings) =>
    rings.map((ring, index) => {
      const wantCcw = index === 0 ? exteriorCcw : !exteriorCcw;
      return ringSignedArea2(ring) > 0 === wantCcw ? ring : [...ring].reverse();
    }),
  );
}

/** The geometry with RFC 7946's right-hand rule applied; points unchanged. */
export function rfc7946Geometry(geometry: PlotGeometry): PlotGeometry {
  switch (geometry.type) {
    case 'Point':
      return geometry;
    case 'Polygon':
      return { type: 'Polygon', coordinates: orientPolygons([geometry.coordinates], true)[0] ?? [] };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: orientPolygons(geometry.coordinates, true) };
    default: {
      const never: never = geometry;
      throw new Error(`Unknown geometry ${JSON.stringify(never)}`);
    }
  }
}

export function emptyBbox(): Bbox {
  return [Infinity, Infinity, -Infinity, -Infinity];
}

/** Grows `box` (in place) to hold every position; returns it. */
export function extendBbox(box: Bbox, positions: Iterable<Position>): Bbox {
  for (const [x, y] of positions as Iterable<[number, number]>) {
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
  }
  return box;
}

export function bboxOfGeometry(geometry: PlotGeometry): Bbox {
  const box = emptyBbox();
  if (geometry.type === 'Point') return extendBbox(box, [geometry.coordinates]);
  for (const rings of polygonsOf(geometry)) for (const ring of rings) extendBbox(box, ring);
  return box;
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
