import type { PlotGeometry } from '../../../../shared/domain/plot-geometry.js';
import type { CoordinateRing } from './coordinate-rows.js';

/**
 * Regulation (EU) 2023/1115 (EUDR) art. 2(28): plots of more than four
 * hectares are geolocated with a polygon; up to four hectares a point is
 * enough. Art. 2(13): the cut-off date is 31 December 2020. (DOMAIN.md
 * "Green markets".)
 */
export const EUDR_POLYGON_ABOVE_HA = 4;
export const EUDR_CUTOFF_ISO = '2020-12-31';

export type EudrGeolocation =
  /** A polygon: valid geolocation at any size. */
  | 'polygon'
  /** A point for a plot of at most 4 ha: allowed. */
  | 'point_ok'
  /** A point for a plot above 4 ha: the plot must be mapped as a polygon before a due-diligence statement. */
  | 'point_needs_polygon';

export function eudrGeolocation(geometryType: PlotGeometry['type'], areaHa: number): EudrGeolocation {
  if (geometryType !== 'Point') return 'polygon';
  return areaHa > EUDR_POLYGON_ABOVE_HA ? 'point_needs_polygon' : 'point_ok';
}

/**
 * A polygon ring needs at least three distinct vertices after rounding to six
 * decimals (DOMAIN.md "Green markets"): duplicates that appear only once
 * rounded would be refused by the EU Information System.
 */
export function ringsWithRoundingDuplicates(rings: readonly CoordinateRing[]): number {
  return rings.filter((ring) => ring.role.kind !== 'point' && ring.vertices.some((v) => v.duplicateAfterRounding))
    .length;
}

export function ringsWithTooFewVertices(rings: readonly CoordinateRing[]): number {
  return rings.filter((ring) => {
    if (ring.role.kind === 'point') return false;
    const distinct = new Set(ring.vertices.map((v) => `${v.lon} ${v.lat}`));
    return distinct.size < 3;
  }).length;
}
