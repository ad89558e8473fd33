import { kinks } from '@turf/turf';
import type { MultiPolygon, Point, Polygon, Position } from 'geojson';
import { orientPolygons, polygonsOf, ringSignedArea2, roundTo } from './export-geometry.js';

/** EUDR geolocation precision: 6 decimals of a degree, ~0.1 m (DOMAIN.md, "Green markets"). */
export const EUDR_DECIMALS = 6;

export type EudrGeometry = Point | Polygon | MultiPolygon;
export type EudrGeometryCheck = { ok: true; geometry: EudrGeometry } | { ok: false; reason: EudrGeometryReason };
export type EudrGeometryReason = 'EUDR_TOO_FEW_VERTICES' | 'EUDR_SELF_INTERSECTION';

const roundPosition = (p: Position): Position => [
  roundTo(p[0] as number, EUDR_DECIMALS),
  roundTo(p[1] as number, EUDR_DECIMALS),
];

export function eudrPoint(lon: number, lat: number): Point {
  return { type: 'Point', coordinates: roundPosition([lon, lat]) };
}

/**
 * A ring rounded to 6 decimals with the consecutive duplicates that rounding
 * creates removed, then closed again. Null when fewer than 3 distinct
 * vertices remain, or when they all lie on one line (no area): such a ring
 * is not a polygon any more.
 */
function roundedRing(ring: readonly Position[]): Position[] | null {
  const out: Position[] = [];
  for (const position of ring.map(roundPosition)) {
    const last = out[out.length - 1];
    if (!last || last[0] !== position[0] || last[1] !== position[1]) out.push(position);
  }
  // Drop the closing vertex (and any run equal to the first) before counting.
  const first = out[0];
  while (out.length > 1 && first && out[out.length - 1]?.[0] === first[0] && out[out.length - 1]?.[1] === first[1]) {
    out.pop();
  }
  if (new Set(out.map((p) => `${p[0]},${p[1]}`)).size < 3) return null;
  out.push([...(first as Position)]);
  return ringSignedArea2(out) === 0 ? null : out;
}

/**
 * The plot's polygon as the EU Information System expects it — checked after
 * rounding, because rounding can merge vertices or make edges cross (DOMAIN.md,
 * "Green markets"): closed rings of ≥ 3 distinct vertices, no self-intersection,
 * exterior rings counter-clockwise (RFC 7946).
 */
export function eudrPolygon(geometry: Polygon | MultiPolygon): EudrGeometryCheck {
  const polygons: Position[][][] = [];
  for (const rings of polygonsOf(geometry)) {
    const rounded: Position[][] = [];
    for (const ring of rings) {
      const fixed = roundedRing(ring);
      if (!fixed) return { ok: false, reason: 'EUDR_TOO_FEW_VERTICES' };
      rounded.push(fixed);
    }
    polygons.push(rounded);
  }
  const oriented = orientPolygons(polygons, true);
  const result: Polygon | MultiPolygon =
    geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: oriented[0] ?? [] }
      : { type: 'MultiPolygon', coordinates: oriented };
  if (kinks(result).features.length > 0) return { ok: false, reason: 'EUDR_SELF_INTERSECTION' };
  return { ok: true, geometry: result };
}
