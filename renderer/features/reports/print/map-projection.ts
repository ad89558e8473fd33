import type { PlotGeometry } from '../../../../shared/domain/plot-geometry.js';
import { geodesicDistanceM } from '../../../../shared/geo/geodesic.js';

/**
 * The print map's geometry: a local Web-Mercator fit of the plots to a box of
 * SVG units, and a scale bar measured geodesically on WGS84. Web Mercator
 * keeps north up and shapes true at this scale (a farm or a district); its
 * scale error over a few kilometres near 6–7° S is a few parts per million,
 * so one scale bar measured at the centre holds for the whole map.
 */
export type LonLat = readonly [number, number];

export interface LonLatBox {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

/** WGS84 semi-major axis (EPSG:3857 uses the sphere of this radius). */
const EARTH_RADIUS_M = 6_378_137;
const DEG = Math.PI / 180;

export function mercator([lon, lat]: LonLat): [number, number] {
  return [EARTH_RADIUS_M * lon * DEG, EARTH_RADIUS_M * Math.log(Math.tan(Math.PI / 4 + (lat * DEG) / 2))];
}

export function inverseMercator([x, y]: readonly [number, number]): [number, number] {
  return [x / EARTH_RADIUS_M / DEG, (2 * Math.atan(Math.exp(y / EARTH_RADIUS_M)) - Math.PI / 2) / DEG];
}

/** Every [lon, lat] of a plot's geometry (outer and inner rings; a point is one). */
export function geometryPositions(geometry: PlotGeometry): LonLat[] {
  const toLonLat = (p: readonly number[]): LonLat => [p[0] ?? 0, p[1] ?? 0];
  switch (geometry.type) {
    case 'Point':
      return [toLonLat(geometry.coordinates)];
    case 'Polygon':
      return geometry.coordinates.flat().map(toLonLat);
    case 'MultiPolygon':
      return geometry.coordinates.flat(2).map(toLonLat);
    default: {
      const never: never = geometry;
      throw new Error(`Unknown geometry ${JSON.stringify(never)}`);
    }
  }
}

/** The bounding box of some geometries; null when there is none. */
export function boundsOf(geometries: Iterable<PlotGeometry>): LonLatBox | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const geometry of geometries) {
    for (const [lon, lat] of geometryPositions(geometry)) {
      if (lon < west) west = lon;
      if (lon > east) east = lon;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
    }
  }
  return west <= east && south <= north ? { west, south, east, north } : null;
}

export interface MapFit {
  readonly width: number;
  readonly height: number;
  /** SVG units per Mercator metre (the same on both axes). */
  readonly unitsPerMercatorM: number;
  readonly project: (position: LonLat) => [number, number];
  readonly unproject: (point: readonly [number, number]) => [number, number];
  /** The frame's corners in [lon, lat]: what the map actually shows. */
  readonly frame: LonLatBox;
}

/**
 * Fits a box to `width` × `height` SVG units with `marginUnits` free on each
 * side, centred, with the same scale on both axes. A box smaller than
 * `minExtentM` Mercator metres (one plot, or a GPS point) is widened to it, so
 * a single point is shown with its surroundings at a readable scale.
 */
export function fitMap(box: LonLatBox, width: number, height: number, marginUnits: number, minExtentM = 300): MapFit {
  const [x0, y0] = mercator([box.west, box.south]);
  const [x1, y1] = mercator([box.east, box.north]);
  const spanX = Math.max(x1 - x0, minExtentM);
  const spanY = Math.max(y1 - y0, minExtentM);
  const innerW = Math.max(1, width - 2 * marginUnits);
  const innerH = Math.max(1, height - 2 * marginUnits);
  const scale = Math.min(innerW / spanX, innerH / spanY);
  const centreX = (x0 + x1) / 2;
  const centreY = (y0 + y1) / 2;
  const project = (position: LonLat): [number, number] => {
    const [x, y] = mercator(position);
    return [width / 2 + (x - centreX) * scale, height / 2 - (y - centreY) * scale];
  };
  const unproject = ([u, v]: readonly [number, number]): [number, number] =>
    inverseMercator([centreX + (u - width / 2) / scale, centreY - (v - height / 2) / scale]);
  const [west, north] = unproject([0, 0]);
  const [east, south] = unproject([width, height]);
  return { width, height, unitsPerMercatorM: scale, project, unproject, frame: { west, south, east, north } };
}

/** The largest 1, 2 or 5 × 10ⁿ metres not above `maxM` (a scale bar's round length). */
export function roundLengthM(maxM: number): number {
  if (!(maxM > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(maxM));
  const steps = [5, 2, 1];
  const step = steps.find((s) => s * power <= maxM * (1 + 1e-9)) ?? 1;
  return step * power;
}

export interface ScaleBar {
  /** Ground metres the bar stands for (round: 50 m, 200 m, 1 km…). */
  readonly lengthM: number;
  /** Its length in SVG units. */
  readonly lengthUnits: number;
  /** Ground metres per SVG unit at the map's centre, measured geodesically. */
  readonly metresPerUnit: number;
}

/**
 * A scale bar at most `maxUnits` long: ground metres per SVG unit measured
 * along the centre's parallel with the WGS84 geodesic (shared/geo/geodesic.ts),
 * rounded down to a 1-2-5 length.
 */
export function scaleBarFor(fit: MapFit, maxUnits: number): ScaleBar {
  const half = Math.min(50, fit.width / 4);
  const cy = fit.height / 2;
  const a = fit.unproject([fit.width / 2 - half, cy]);
  const b = fit.unproject([fit.width / 2 + half, cy]);
  const metresPerUnit = geodesicDistanceM(a, b) / (2 * half);
  const lengthM = roundLengthM(maxUnits * metresPerUnit);
  return { lengthM, lengthUnits: lengthM / metresPerUnit, metresPerUnit };
}
