import type { Position } from 'geojson';
import type { PlotFeatureCollection, PlotFeatureProperties } from '../../../shared/api/plots.js';
import type { PlotGeometry } from '../../../shared/domain/plot-geometry.js';

/** [minLon, minLat, maxLon, maxLat]. */
export type Bbox = [number, number, number, number];

export interface PlotIndexEntry {
  readonly properties: PlotFeatureProperties;
  readonly bbox: Bbox;
  /** Where a label goes: the centre of the bounding box. */
  readonly anchor: [number, number];
}

/**
 * What the map needs to know about each plot without asking MapLibre:
 * bounding boxes for "fit to", anchors for labels, ids for search. Built once
 * per load (a linear pass, a few ms for 100,000 plots).
 */
export interface PlotIndex {
  readonly entries: readonly PlotIndexEntry[];
  readonly byId: ReadonlyMap<string, PlotIndexEntry>;
}

function positionsOf(geometry: PlotGeometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'Polygon':
      return geometry.coordinates[0] ?? [];
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((polygon) => polygon[0] ?? []);
    default: {
      const unexpected: never = geometry;
      throw new Error(`Unexpected plot geometry ${JSON.stringify(unexpected)}`);
    }
  }
}

/** The bounding box of positions, or null when there are none. */
export function bboxOfPositions(positions: readonly Position[]): Bbox | null {
  if (positions.length === 0) return null;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const position of positions) {
    const x = position[0] as number;
    const y = position[1] as number;
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}

export function bboxOfGeometry(geometry: PlotGeometry): Bbox | null {
  return bboxOfPositions(positionsOf(geometry));
}

/** The box around several boxes, or null for none. */
export function unionBbox(boxes: Iterable<Bbox>): Bbox | null {
  let out: Bbox | null = null;
  for (const [a, b, c, d] of boxes) {
    out = out ? [Math.min(out[0], a), Math.min(out[1], b), Math.max(out[2], c), Math.max(out[3], d)] : [a, b, c, d];
  }
  return out;
}

export function buildPlotIndex(collection: PlotFeatureCollection): PlotIndex {
  const entries: PlotIndexEntry[] = [];
  const byId = new Map<string, PlotIndexEntry>();
  for (const feature of collection.features) {
    const bbox = bboxOfGeometry(feature.geometry);
    if (!bbox) continue;
    const entry: PlotIndexEntry = {
      properties: feature.properties,
      bbox,
      anchor: [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2],
    };
    entries.push(entry);
    byId.set(feature.properties.id, entry);
  }
  return { entries, byId };
}

export const emptyPlotIndex: PlotIndex = { entries: [], byId: new Map() };
