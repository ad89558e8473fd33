import type { LineString, Polygon } from 'geojson';
import { analysePlotGeometry } from '../../../../shared/geo/plot-analysis.js';
import { geodesicDistanceM } from '../../../../shared/geo/geodesic.js';

/** Length along the line, on the WGS84 ellipsoid, in metres. */
export function lineLengthM(line: LineString): number {
  let total = 0;
  for (let i = 1; i < line.coordinates.length; i += 1) {
    total += geodesicDistanceM(line.coordinates[i - 1] as number[], line.coordinates[i] as number[]);
  }
  return total;
}

/**
 * Geodesic area and perimeter of a drawn polygon, or null before it has three
 * distinct vertices or while its edges cross (a bow tie has no area to speak of).
 */
export function polygonMeasures(polygon: Polygon): { areaHa: number; perimeterM: number } | null {
  const { measures, issues } = analysePlotGeometry(polygon);
  if (issues.some((issue) => issue.code === 'SELF_INTERSECTION')) return null;
  return measures && measures.perimeterM !== null ? { areaHa: measures.areaHa, perimeterM: measures.perimeterM } : null;
}
