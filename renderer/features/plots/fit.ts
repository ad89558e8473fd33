import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Bbox, PlotIndex } from './plot-index.js';
import { unionBbox } from './plot-index.js';

/** Close enough to see a plot's corners, not so close that a 0.1 ha plot fills the screen. */
const MAX_FIT_ZOOM = 17;
const PADDING_PX = 60;

/**
 * Moves the map to show a box. `animate: false` for a page opened on a link
 * (`#/mapa?plot=…`): it should open there, not fly there.
 */
export function fitBbox(map: MapLibreMap, bbox: Bbox | null, animate = true): void {
  if (!bbox) return;
  const [minX, minY, maxX, maxY] = bbox;
  map.fitBounds(
    [
      [minX, minY],
      [maxX, maxY],
    ],
    { padding: PADDING_PX, maxZoom: MAX_FIT_ZOOM, duration: animate ? 600 : 0 },
  );
}

export const bboxOfAll = (index: PlotIndex): Bbox | null => unionBbox(index.entries.map((entry) => entry.bbox));

export const bboxOfProducer = (index: PlotIndex, producerId: string): Bbox | null =>
  unionBbox(index.entries.filter((entry) => entry.properties.producerId === producerId).map((entry) => entry.bbox));
