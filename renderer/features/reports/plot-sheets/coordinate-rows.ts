import type { Position } from 'geojson';
import type { PlotGeometry } from '../../../../shared/domain/plot-geometry.js';

/**
 * EUDR geolocation is WGS84 longitude and latitude with six decimals
 * (DOMAIN.md "Green markets"; 1e-6° is about 0.11 m at the equator), written
 * here with a plain "." and a "-" sign whatever the language, as GPS apps and
 * the EU Information System read them.
 */
export const COORDINATE_DECIMALS = 6;

export const formatCoordinate = (value: number): string => {
  const text = value.toFixed(COORDINATE_DECIMALS);
  // toFixed writes "-0.000000" for a tiny negative: a sign on zero would only confuse.
  return /^-0\.0+$/.test(text) ? text.slice(1) : text;
};

export interface CoordinateVertex {
  /** 1, 2, 3… within its ring (the closing vertex, a repeat of the first, is not listed). */
  readonly n: number;
  readonly lon: string;
  readonly lat: string;
  /** Same 6-decimal coordinates as the vertex before it: the EU system would see a duplicate. */
  readonly duplicateAfterRounding: boolean;
}

export type RingRole =
  | { readonly kind: 'point' }
  | { readonly kind: 'exterior'; readonly part: number | null }
  | { readonly kind: 'hole'; readonly part: number | null; readonly hole: number };

export interface CoordinateRing {
  readonly role: RingRole;
  readonly vertices: readonly CoordinateVertex[];
}

/** The ring's vertices without the closing repeat of the first (GeoJSON rings end where they start). */
function openRing(ring: readonly Position[]): readonly Position[] {
  const first = ring[0];
  const last = ring.at(-1);
  if (ring.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) return ring.slice(0, -1);
  return ring;
}

function vertices(ring: readonly Position[]): CoordinateVertex[] {
  const rows: CoordinateVertex[] = [];
  let previous: { lon: string; lat: string } | null = null;
  for (const [index, position] of openRing(ring).entries()) {
    const lon = formatCoordinate(position[0] ?? Number.NaN);
    const lat = formatCoordinate(position[1] ?? Number.NaN);
    const duplicateAfterRounding = previous !== null && previous.lon === lon && previous.lat === lat;
    rows.push({ n: index + 1, lon, lat, duplicateAfterRounding });
    previous = { lon, lat };
  }
  // The ring closes back on vertex 1: that joint can collapse after rounding too.
  const first = rows[0];
  const last = rows.at(-1);
  if (rows.length > 2 && first && last && first.lon === last.lon && first.lat === last.lat) {
    rows[rows.length - 1] = { ...last, duplicateAfterRounding: true };
  }
  return rows;
}

function polygonRings(polygon: readonly (readonly Position[])[], part: number | null): CoordinateRing[] {
  return polygon.map((ring, index) => ({
    role: index === 0 ? { kind: 'exterior', part } : { kind: 'hole', part, hole: index },
    vertices: vertices(ring),
  }));
}

/**
 * The coordinate table of a plot: a point is one row; a polygon its outer
 * ring then any holes; a multipolygon each part in turn (parts numbered
 * from 1, `part` null for a single polygon). Longitude first, as GeoJSON
 * and the EUDR GeoJSON files write them.
 */
export function coordinateRings(geometry: PlotGeometry): CoordinateRing[] {
  switch (geometry.type) {
    case 'Point':
      return [{ role: { kind: 'point' }, vertices: vertices([geometry.coordinates]) }];
    case 'Polygon':
      return polygonRings(geometry.coordinates, null);
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((polygon, index) => polygonRings(polygon, index + 1));
    default: {
      const never: never = geometry;
      throw new Error(`Unknown geometry ${JSON.stringify(never)}`);
    }
  }
}

/** How many vertices the table lists (closing repeats left out). */
export const vertexCount = (rings: readonly CoordinateRing[]): number =>
  rings.reduce((sum, ring) => sum + ring.vertices.length, 0);

/**
 * Lays a ring's vertices out in `sets` side-by-side column groups, read down
 * then across (1–4 | 5–8 | 9–12), so a hexagon takes two lines instead of six
 * and a plot's sheet fits on a part of a page. Row r holds vertices r, r + k,
 * r + 2k… with k = ceil(n / sets); cells past the end are null.
 */
export function vertexColumns<T>(items: readonly T[], sets: number): (T | null)[][] {
  if (items.length === 0) return [];
  const perSet = Math.ceil(items.length / Math.max(1, sets));
  const rows: (T | null)[][] = [];
  for (let row = 0; row < perSet; row++) {
    const line: (T | null)[] = [];
    for (let set = 0; set < sets; set++) line.push(items[set * perSet + row] ?? null);
    rows.push(line);
  }
  return rows;
}
