import { featureCollection, intersect } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { PlotGeometry, PlotIssue } from '../../../shared/domain/plot-geometry.js';
import type { PlotOverlap } from '../../../shared/domain/plot.js';
import { geodesicAreaHa } from '../../../shared/geo/geodesic.js';
import type { Store } from '../store/open-store.js';
import { stmt } from '../store/statements.js';

/** Overlaps smaller than this (10 m²) are digitising noise along a shared edge. */
export const MIN_OVERLAP_HA = 0.001;

/**
 * Candidates come from the R*Tree (bounding boxes that touch), so a save looks
 * at a handful of neighbours, not at every plot of the platform.
 */
export const CANDIDATES_SQL = `
  SELECT p.id, p.name, p.geometry, p.geometry_hash, pr.names AS producer_name
  FROM plots_rtree r
  JOIN plots p ON p.rowid = r.plot_rowid
  JOIN producers pr ON pr.id = p.producer_id
  WHERE r.max_lon >= @minLon AND r.min_lon <= @maxLon AND r.max_lat >= @minLat AND r.min_lat <= @maxLat
    AND p.deleted_at IS NULL AND p.id IS NOT @exceptId`;

interface Candidate {
  id: string;
  name: string;
  geometry: string;
  geometry_hash: string | null;
  producer_name: string;
}

export interface NeighbourFindings {
  issues: PlotIssue[];
  overlaps: PlotOverlap[];
}

const isPolygonal = (g: PlotGeometry): g is Polygon | MultiPolygon => g.type !== 'Point';

export function findNeighbourIssues(
  db: Store,
  geometry: PlotGeometry,
  geometryHash: string,
  bbox: [number, number, number, number],
  exceptId: string | null,
): NeighbourFindings {
  const [minLon, minLat, maxLon, maxLat] = bbox;
  const candidates = stmt(db, CANDIDATES_SQL).all({ minLon, minLat, maxLon, maxLat, exceptId }) as Candidate[];
  const issues: PlotIssue[] = [];
  const overlaps: PlotOverlap[] = [];
  for (const other of candidates) {
    if (other.geometry_hash === geometryHash) {
      issues.push({
        code: 'DUPLICATE',
        level: 'error',
        params: { otherPlotName: other.name, producerName: other.producer_name },
        at: [],
      });
      continue;
    }
    const otherGeometry = JSON.parse(other.geometry) as PlotGeometry;
    if (!isPolygonal(geometry) || !isPolygonal(otherGeometry)) continue;
    let shared: ReturnType<typeof intersect>;
    try {
      shared = intersect(
        featureCollection([
          { type: 'Feature', properties: {}, geometry },
          { type: 'Feature', properties: {}, geometry: otherGeometry },
        ]),
      );
    } catch {
      // A self-intersecting neighbour (imported before validation) cannot be clipped; skip it rather than fail the save.
      continue;
    }
    if (!shared) continue;
    const overlapHa = geodesicAreaHa(shared.geometry);
    if (overlapHa < MIN_OVERLAP_HA) continue;
    const rounded = Math.round(overlapHa * 10_000) / 10_000;
    overlaps.push({ plotId: other.id, plotName: other.name, producerName: other.producer_name, overlapHa: rounded });
    issues.push({
      code: 'OVERLAP',
      level: 'warning',
      params: { otherPlotName: other.name, producerName: other.producer_name, overlapHa: rounded },
      at: [],
    });
  }
  return { issues, overlaps };
}
