import type { HazardLevel } from '../../../../shared/domain/hazard.js';
import type { PlotGeometry } from '../../../../shared/domain/plot-geometry.js';
import type { Box } from './hatch.js';
import type { LonLat, MapFit } from './map-projection.js';

/** A plot as the print map draws it (PrintPlotMap's prop). */
export interface PrintMapPlot {
  readonly id: string;
  readonly name: string;
  readonly geometry: PlotGeometry;
  readonly level: HazardLevel | null;
  /** What the map writes on the plot; by default its name (up to 40 plots) or its number in the list. */
  readonly label?: string;
}

/** Under this projected area (about 4 × 4 units, 1 mm²) a polygon is a speck: a symbol marks where it is. */
const SPECK_AREA = 16;

const ringPath = (ring: readonly (readonly number[])[], fit: MapFit): string =>
  ring
    .map((p, i) => {
      const [x, y] = fit.project([p[0] ?? 0, p[1] ?? 0]);
      return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join('') + 'Z';

/** The centre of a ring's area (shoelace), for the label; the vertices' mean for a degenerate ring. */
export function ringCentre(points: readonly [number, number][]): { x: number; y: number; area: number } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < points.length; i++) {
    const [x0, y0] = points[i] ?? [0, 0];
    const [x1, y1] = points[(i + 1) % points.length] ?? [0, 0];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (Math.abs(area) < 1e-9) {
    const n = Math.max(1, points.length);
    return { x: points.reduce((s, p) => s + p[0], 0) / n, y: points.reduce((s, p) => s + p[1], 0) / n, area: 0 };
  }
  return { x: cx / (3 * area), y: cy / (3 * area), area: Math.abs(area / 2) };
}

export interface DrawnPlot {
  readonly plot: PrintMapPlot;
  readonly path: string | null;
  /** The projected shape's bounding box (for its hatch). */
  readonly box: Box;
  readonly centre: { x: number; y: number };
  /** Projected area in SVG units²: label priority; tiny plots also get a symbol so they show at all. */
  readonly area: number;
  readonly symbol: boolean;
}

/** A plot projected into the map: its SVG path, box, label point and area. */
export function drawPlot(plot: PrintMapPlot, fit: MapFit): DrawnPlot {
  const geometry = plot.geometry;
  if (geometry.type === 'Point') {
    const [x, y] = fit.project([geometry.coordinates[0] ?? 0, geometry.coordinates[1] ?? 0]);
    return { plot, path: null, box: { x, y, width: 0, height: 0 }, centre: { x, y }, area: 0, symbol: true };
  }
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best = { x: 0, y: 0, area: -1 };
  let total = 0;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const polygon of polygons) {
    const outer = (polygon[0] ?? []).map((p): [number, number] => fit.project([p[0] ?? 0, p[1] ?? 0] as LonLat));
    for (const [x, y] of outer) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    const centre = ringCentre(outer);
    total += centre.area;
    if (centre.area > best.area) best = centre;
  }
  const path = polygons.map((polygon) => polygon.map((ring) => ringPath(ring, fit)).join('')).join('');
  const box = { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
  return { plot, path, box, centre: best, area: total, symbol: total < SPECK_AREA };
}
