import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-10m.json' with { type: 'json' };
import type { PeruTest } from '../../../shared/geo/plot-analysis.js';

/** ISO 3166-1 numeric code of Peru, the id world-atlas gives it. */
const PERU_ID = '604';
/**
 * Natural Earth's 1:10m outline is off by up to a few hundred metres, and
 * San Ignacio's plots reach the border with Ecuador: a point this close to
 * the line but outside it is a warning, not an error.
 */
export const BORDER_TOLERANCE_KM = 2;

let peru: MultiPolygon | null = null;

function peruOutline(): MultiPolygon {
  if (peru) return peru;
  const topology = countries as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = feature(topology, topology.objects.countries);
  const found = all.features.find((f) => String(f.id) === PERU_ID);
  if (!found || found.geometry.type === 'GeometryCollection') throw new Error('Peru is missing from world-atlas');
  peru =
    found.geometry.type === 'Polygon'
      ? { type: 'MultiPolygon', coordinates: [found.geometry.coordinates] }
      : (found.geometry as MultiPolygon);
  return peru;
}

/** Every edge of the outline as [lon1, lat1, lon2, lat2], flat for a fast scan. */
let edges: Float64Array | null = null;

function outlineEdges(): Float64Array {
  if (edges) return edges;
  const list: number[] = [];
  for (const polygon of peruOutline().coordinates) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i += 1) {
        const a = ring[i - 1] as number[];
        const b = ring[i] as number[];
        list.push(a[0] as number, a[1] as number, b[0] as number, b[1] as number);
      }
    }
  }
  edges = Float64Array.from(list);
  return edges;
}

const KM_PER_DEG_LAT = 110.574;
/** Only edges within this many degrees (~11 km) can be within the tolerance. */
const SEARCH_DEG = 0.1;

/**
 * Distance to the nearest edge of the outline, on a local equirectangular
 * plane: for a 2 km tolerance the error is metres, and it is a hundred times
 * faster than a geodesic point-to-polygon search over thousands of edges.
 */
function distanceToOutlineKm([lon, lat]: [number, number]): number {
  const kx = KM_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180);
  const all = outlineEdges();
  let best = Infinity;
  for (let i = 0; i < all.length; i += 4) {
    const x1 = all[i] as number;
    const y1 = all[i + 1] as number;
    const x2 = all[i + 2] as number;
    const y2 = all[i + 3] as number;
    if (Math.min(x1, x2) - SEARCH_DEG > lon || Math.max(x1, x2) + SEARCH_DEG < lon) continue;
    if (Math.min(y1, y2) - SEARCH_DEG > lat || Math.max(y1, y2) + SEARCH_DEG < lat) continue;
    const ax = (x1 - lon) * kx;
    const ay = (y1 - lat) * KM_PER_DEG_LAT;
    const bx = (x2 - lon) * kx;
    const by = (y2 - lat) * KM_PER_DEG_LAT;
    const dx = bx - ax;
    const dy = by - ay;
    const lengthSq = dx * dx + dy * dy;
    const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSq));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}

function borderDistanceKm(lonLat: [number, number]): number {
  if (booleanPointInPolygon(lonLat, peruOutline())) return 0;
  return distanceToOutlineKm(lonLat);
}

const classify = (km: number): 'inside' | 'near' | 'outside' =>
  km === 0 ? 'inside' : km <= BORDER_TOLERANCE_KM ? 'near' : 'outside';

/**
 * Imports test tens of thousands of plots a few hundred metres apart, so the
 * answer is kept per cell of 0.01° (~1.1 km; a point is at most ~0.8 km from
 * its cell's centre). A cell whose centre is inside answers "inside" (a point
 * there is at worst a few hundred metres over the line: within the border
 * tolerance, never wrongly refused). A cell whose centre is farther outside
 * than the tolerance plus that 0.8 km answers "outside". Only cells along the
 * border are computed point by point.
 */
const CELL_DEG = 0.01;
const CELL_HALF_DIAGONAL_KM = 0.8;
const cells = new Map<string, 'inside' | 'outside' | 'border'>();

/** Inside Peru, near its border (within the tolerance), or clearly outside. */
export const peruTest: PeruTest = (lonLat) => {
  const cx = Math.floor(lonLat[0] / CELL_DEG);
  const cy = Math.floor(lonLat[1] / CELL_DEG);
  const key = `${cx}:${cy}`;
  let cell = cells.get(key);
  if (!cell) {
    const km = borderDistanceKm([(cx + 0.5) * CELL_DEG, (cy + 0.5) * CELL_DEG]);
    cell = km === 0 ? 'inside' : km > BORDER_TOLERANCE_KM + CELL_HALF_DIAGONAL_KM ? 'outside' : 'border';
    cells.set(key, cell);
  }
  return cell === 'border' ? classify(borderDistanceKm(lonLat)) : cell;
};
