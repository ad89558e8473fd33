import { booleanPointInPolygon, centerOfMass, kinks, pointOnFeature } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { PlotGeometry, PlotIssue, PlotMeasures } from '../domain/plot-geometry.js';
import { geodesicMeasures } from './geodesic.js';
import { regionBoundsFor } from './region-bounds.js';

/** Thresholds for warnings (issue #3): below 0.01 ha is probably a mistake, above 50 ha is not a smallholding. */
export const MIN_PLOT_AREA_HA = 0.01;
export const MAX_PLOT_AREA_HA = 50;
/** A declared area this far (relative) from the mapped one deserves a look. */
export const DECLARED_AREA_TOLERANCE = 0.2;

export type PeruTest = (lonLat: [number, number]) => 'inside' | 'near' | 'outside';

export interface PlotAnalysisOptions {
  declaredAreaHa?: number | null;
  /** The organisation's region, to warn about plots mapped elsewhere. */
  region?: string;
  /** Where the boundary of Peru is (the core passes Natural Earth's outline). */
  peru?: PeruTest;
}

export interface PlotAnalysis {
  /** The geometry as it will be stored: rings closed, 2D. */
  geometry: PlotGeometry;
  measures: PlotMeasures | null;
  issues: PlotIssue[];
}

const samePosition = (a: Position | undefined, b: Position | undefined): boolean =>
  a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];

function distinctVertexCount(ring: Position[]): number {
  return new Set(ring.map((p) => `${p[0]},${p[1]}`)).size;
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Closes open rings and drops altitudes; says so when a ring had to be closed. */
function normalise(geometry: Polygon | MultiPolygon, issues: PlotIssue[]): Polygon | MultiPolygon {
  let closedAny = false;
  const fixRing = (ring: Position[]): Position[] => {
    // A vertex repeated in a row (a double click, a GPS pause) is not a corner: kinks would call it a crossing.
    const flat = ring
      .map((p) => [p[0] as number, p[1] as number])
      .filter((p, i, all) => i === 0 || !samePosition(p, all[i - 1]));
    if (flat.length > 0 && !samePosition(flat[0], flat[flat.length - 1])) {
      closedAny = true;
      flat.push([...(flat[0] as number[])]);
    }
    return flat;
  };
  const polygons = polygonsOf(geometry).map((rings) => rings.map(fixRing));
  if (closedAny) issues.push({ code: 'RING_CLOSED', level: 'info', params: {}, at: [] });
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: polygons[0] ?? [] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

function bboxOf(positions: Position[]): [number, number, number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of positions as [number, number][]) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return [minX, minY, maxX, maxY];
}

/** The centre of mass when it lies inside the plot, else a point guaranteed inside. */
function interiorPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const center = centerOfMass(geometry).geometry.coordinates as [number, number];
  if (booleanPointInPolygon(center, geometry)) return center;
  return pointOnFeature(geometry).geometry.coordinates as [number, number];
}

function locationIssues(point: [number, number], options: PlotAnalysisOptions, issues: PlotIssue[]): void {
  const where = options.peru?.(point);
  if (where === 'outside') issues.push({ code: 'OUTSIDE_PERU', level: 'error', params: {}, at: [point] });
  if (where === 'near') issues.push({ code: 'NEAR_PERU_BORDER', level: 'warning', params: {}, at: [point] });
  const bounds = options.region ? regionBoundsFor(options.region) : null;
  if (where !== 'outside' && bounds && options.region) {
    const [minX, minY, maxX, maxY] = bounds.bbox;
    const inside = point[0] >= minX && point[0] <= maxX && point[1] >= minY && point[1] <= maxY;
    if (!inside)
      issues.push({ code: 'OUTSIDE_REGION', level: 'warning', params: { region: bounds.name }, at: [point] });
  }
}

function areaIssues(areaHa: number, options: PlotAnalysisOptions, issues: PlotIssue[]): void {
  const rounded = Math.round(areaHa * 10_000) / 10_000;
  if (areaHa < MIN_PLOT_AREA_HA)
    issues.push({
      code: 'AREA_TOO_SMALL',
      level: 'warning',
      params: { areaHa: rounded, minHa: MIN_PLOT_AREA_HA },
      at: [],
    });
  if (areaHa > MAX_PLOT_AREA_HA)
    issues.push({
      code: 'AREA_TOO_LARGE',
      level: 'warning',
      params: { areaHa: rounded, maxHa: MAX_PLOT_AREA_HA },
      at: [],
    });
  const declared = options.declaredAreaHa;
  if (declared && Math.abs(areaHa - declared) / declared > DECLARED_AREA_TOLERANCE) {
    issues.push({
      code: 'DECLARED_AREA_DIFFERS',
      level: 'warning',
      params: { declaredHa: declared, areaHa: rounded },
      at: [],
    });
  }
}

/**
 * Everything that can be said about a plot's geometry without the database:
 * measures on the WGS84 ellipsoid and the validation rules of issue #3.
 * The renderer runs it live while drawing; the core runs it on every save and
 * adds the rules that need other plots (overlap, duplicate).
 */
export function analysePlotGeometry(input: PlotGeometry, options: PlotAnalysisOptions = {}): PlotAnalysis {
  const issues: PlotIssue[] = [];
  if (input.type === 'Point') {
    const point: [number, number] = [input.coordinates[0] as number, input.coordinates[1] as number];
    const geometry: PlotGeometry = { type: 'Point', coordinates: point };
    const declared = options.declaredAreaHa ?? null;
    if (!declared) issues.push({ code: 'POINT_NEEDS_AREA', level: 'error', params: {}, at: [point] });
    locationIssues(point, options, issues);
    if (declared) areaIssues(declared, { ...options, declaredAreaHa: null }, issues);
    const measures = {
      areaHa: declared ?? 0,
      perimeterM: null,
      centroid: point,
      bbox: [point[0], point[1], point[0], point[1]] as [number, number, number, number],
    };
    return { geometry, measures, issues };
  }

  const geometry = normalise(input, issues);
  const rings = polygonsOf(geometry).flat();
  if (rings.some((ring) => distinctVertexCount(ring) < 3)) {
    issues.push({ code: 'TOO_FEW_VERTICES', level: 'error', params: {}, at: [] });
    return { geometry, measures: null, issues };
  }
  const crossings = kinks(geometry).features.map((f) => f.geometry.coordinates as [number, number]);
  if (crossings.length > 0) {
    issues.push({ code: 'SELF_INTERSECTION', level: 'error', params: { count: crossings.length }, at: crossings });
  }
  const { areaHa, perimeterM } = geodesicMeasures(geometry);
  const centroid =
    crossings.length > 0 ? (centerOfMass(geometry).geometry.coordinates as [number, number]) : interiorPoint(geometry);
  // The two halves of a bow tie cancel out: its "area" means nothing, so no area warnings on top of the error.
  if (crossings.length === 0) areaIssues(areaHa, options, issues);
  locationIssues(centroid, options, issues);
  return {
    geometry,
    measures: { areaHa, perimeterM, centroid, bbox: bboxOf(rings.flat()) },
    issues,
  };
}

export const hasBlockingIssue = (issues: readonly PlotIssue[]): boolean => issues.some((i) => i.level === 'error');
