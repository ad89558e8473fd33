import geographiclib from 'geographiclib-geodesic';
import type { MultiPolygon, Polygon, Position } from 'geojson';

const wgs84 = geographiclib.Geodesic.WGS84;

/**
 * NOTE: in GeoJSON an edge is a straight line in longitude/latitude (RFC 7946
 * §3.1.1), not a geodesic. Long edges are split into pieces of at most this
 * many degrees (~110 m) so the geodesic algorithm below measures the edge the
 * file means. Plot edges are shorter than this, so plots cost nothing extra.
 */
export const MAX_EDGE_STEP_DEG = 0.001;

/** The ring's vertices with long edges split along their lon/lat straight line; not closed. */
function densifiedVertices(ring: readonly Position[]): Position[] {
  const last = ring.length - 1;
  const closed = last > 0 && ring[0]?.[0] === ring[last]?.[0] && ring[0]?.[1] === ring[last]?.[1];
  const open = closed ? ring.slice(0, last) : [...ring];
  const out: Position[] = [];
  for (let i = 0; i < open.length; i += 1) {
    const a = open[i] as Position;
    const b = open[(i + 1) % open.length] as Position;
    const [ax, ay] = a as [number, number];
    const [bx, by] = b as [number, number];
    const steps = Math.max(1, Math.ceil(Math.max(Math.abs(bx - ax), Math.abs(by - ay)) / MAX_EDGE_STEP_DEG));
    for (let k = 0; k < steps; k += 1) out.push([ax + ((bx - ax) * k) / steps, ay + ((by - ay) * k) / steps]);
  }
  return out;
}

/**
 * Area and perimeter on the WGS84 ellipsoid with Karney's exact geodesic
 * polygon algorithm (GeographicLib, as in PROJ), not a spherical or planar
 * approximation: plot areas must match what certifiers compute in GIS.
 */
function ringMeasures(ring: readonly Position[]): { areaM2: number; perimeterM: number } {
  const polygon = wgs84.Polygon(false);
  // The algorithm closes the ring itself.
  for (const [lon, lat] of densifiedVertices(ring)) polygon.AddPoint(lat as number, lon as number);
  // Signed area (sign = true) so a clockwise ring is not read as "the rest of the Earth".
  const result = polygon.Compute(false, true);
  return { areaM2: Math.abs(result.area ?? 0), perimeterM: result.perimeter };
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Area (outer rings minus holes) and perimeter (all rings) in one pass over the rings. */
export function geodesicMeasures(geometry: Polygon | MultiPolygon): { areaHa: number; perimeterM: number } {
  let areaM2 = 0;
  let perimeterM = 0;
  for (const [outer, ...holes] of polygonsOf(geometry)) {
    if (!outer) continue;
    const o = ringMeasures(outer);
    areaM2 += o.areaM2;
    perimeterM += o.perimeterM;
    for (const hole of holes) {
      const h = ringMeasures(hole);
      areaM2 -= h.areaM2;
      perimeterM += h.perimeterM;
    }
  }
  return { areaHa: areaM2 / 10_000, perimeterM };
}

/** Outer rings minus holes, in hectares. */
export function geodesicAreaHa(geometry: Polygon | MultiPolygon): number {
  let areaM2 = 0;
  for (const [outer, ...holes] of polygonsOf(geometry)) {
    if (!outer) continue;
    areaM2 += ringMeasures(outer).areaM2;
    for (const hole of holes) areaM2 -= ringMeasures(hole).areaM2;
  }
  return areaM2 / 10_000;
}

/** Length of every ring, holes included (as GDAL's ST_Perimeter), in metres. */
export function geodesicPerimeterM(geometry: Polygon | MultiPolygon): number {
  let perimeterM = 0;
  for (const rings of polygonsOf(geometry)) {
    for (const ring of rings) perimeterM += ringMeasures(ring).perimeterM;
  }
  return perimeterM;
}

/** Geodesic distance between two [lon, lat] positions, in metres. */
export function geodesicDistanceM(a: Position, b: Position): number {
  return wgs84.Inverse(a[1] as number, a[0] as number, b[1] as number, b[0] as number).s12 ?? 0;
}
