import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
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

function exactTest(lonLat: [number, number]): 'inside' | 'near' | 'outside' {
  const outline = peruOutline();
  if (booleanPointInPolygon(lonLat, outline)) return 'inside';
  const km = pointToPolygonDistance(lonLat, outline, { units: 'kilometers' });
  return Math.abs(km) <= BORDER_TOLERANCE_KM ? 'near' : 'outside';
}

/**
 * Imports test tens of thousands of plots a few hundred metres apart: cells of
 * 0.01° (~1.1 km) whose centre is inside Peru answer "inside" for any point in
 * them. A point in such a cell is at most ~0.8 km from an inside point, well
 * within the border tolerance, so no plot is ever wrongly refused.
 */
const CELL_DEG = 0.01;
const insideCells = new Set<string>();

/** Inside Peru, near its border (within the tolerance), or clearly outside. */
export const peruTest: PeruTest = (lonLat) => {
  const cx = Math.floor(lonLat[0] / CELL_DEG);
  const cy = Math.floor(lonLat[1] / CELL_DEG);
  const key = `${cx}:${cy}`;
  if (insideCells.has(key)) return 'inside';
  const centre: [number, number] = [(cx + 0.5) * CELL_DEG, (cy + 0.5) * CELL_DEG];
  if (exactTest(centre) === 'inside') {
    insideCells.add(key);
    return 'inside';
  }
  return exactTest(lonLat);
};
