import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Layer } from '../../../shared/domain/layer.js';
import {
  HATCHED_LEVEL,
  HATCH_IMAGE_ID,
  LEVEL_OUTLINE_COLOUR,
  hatchImage,
  levelColourExpression,
  levelOutlineWidthExpression,
} from './level-colours.js';

/** What the map needs to know about a layer to draw it. */
export type MapLayerSpec = Pick<Layer, 'id' | 'kind' | 'visible' | 'opacity' | 'raster'>;

export type ImageCorners = [[number, number], [number, number], [number, number], [number, number]];

export const hazardSourceId = (layerId: string): string => `hazard-${layerId}`;

/** MapLibre layer ids of one hazard layer, bottom to top. */
export function hazardStyleLayerIds(layer: Pick<Layer, 'id' | 'kind'>): string[] {
  const base = hazardSourceId(layer.id);
  return layer.kind === 'raster' ? [`${base}-raster`] : [`${base}-fill`, `${base}-hatch`, `${base}-outline`];
}

/** The raster's WGS84 bounds as an image source's corners: top-left, top-right, bottom-right, bottom-left. */
export function cornersOfBounds([west, south, east, north]: readonly [number, number, number, number]): ImageCorners {
  return [
    [west, north],
    [east, north],
    [east, south],
    [west, south],
  ];
}

/** [west, south, east, north] of a layer's polygons, or null for none. */
export function polygonsBbox(
  features: readonly { geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown } }[],
): [number, number, number, number] | null {
  let box: [number, number, number, number] | null = null;
  const visit = (node: unknown): void => {
    if (!Array.isArray(node)) return;
    if (typeof node[0] === 'number' && typeof node[1] === 'number') {
      const [x, y] = node as [number, number];
      box = box ? [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)] : [x, y, x, y];
      return;
    }
    for (const child of node) visit(child);
  };
  for (const feature of features) visit(feature.geometry.coordinates);
  return box;
}

function ensureHatchImage(map: MapLibreMap): void {
  if (!map.hasImage(HATCH_IMAGE_ID)) map.addImage(HATCH_IMAGE_ID, hatchImage());
}

/**
 * Adds a layer's source and style layers, empty, just below `beforeId` (the
 * plots): data arrives later (`layers.features` / `layers.image`). A raster's
 * image source has no URL: the PNG is decoded in the page and handed over
 * with `updateImage({ image })`, so MapLibre never fetch()es a data: URL,
 * which the CSP's `connect-src 'self'` forbids.
 */
export function addHazardLayer(map: MapLibreMap, layer: MapLayerSpec, beforeId: string | undefined): void {
  const source = hazardSourceId(layer.id);
  const [first, second, third] = hazardStyleLayerIds(layer);
  if (layer.kind === 'raster') {
    // Every raster layer has its grid's bounds; the image's own corners replace them once it loads.
    if (!layer.raster) return;
    map.addSource(source, { type: 'image', coordinates: cornersOfBounds(layer.raster.bounds) });
    map.addLayer(
      {
        id: first ?? `${source}-raster`,
        type: 'raster',
        source,
        // Cells drawn as cells, as QGIS does by default: a 1 km climate grid must not look like 30 m data.
        paint: { 'raster-resampling': 'nearest', 'raster-fade-duration': 0 },
      },
      beforeId,
    );
  } else {
    ensureHatchImage(map);
    map.addSource(source, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    map.addLayer(
      { id: first ?? `${source}-fill`, type: 'fill', source, paint: { 'fill-color': levelColourExpression() } },
      beforeId,
    );
    map.addLayer(
      {
        id: second ?? `${source}-hatch`,
        type: 'fill',
        source,
        filter: ['==', ['get', 'level'], HATCHED_LEVEL],
        paint: { 'fill-pattern': HATCH_IMAGE_ID },
      },
      beforeId,
    );
    map.addLayer(
      {
        id: third ?? `${source}-outline`,
        type: 'line',
        source,
        paint: { 'line-color': LEVEL_OUTLINE_COLOUR, 'line-width': levelOutlineWidthExpression() },
      },
      beforeId,
    );
  }
  styleHazardLayer(map, layer);
}

/** Visibility and opacity, cheap enough to call on every slider step. */
export function styleHazardLayer(map: MapLibreMap, layer: MapLayerSpec): void {
  const visibility = layer.visible ? 'visible' : 'none';
  for (const id of hazardStyleLayerIds(layer)) {
    if (!map.getLayer(id)) continue;
    map.setLayoutProperty(id, 'visibility', visibility);
    if (id.endsWith('-raster')) map.setPaintProperty(id, 'raster-opacity', layer.opacity);
    else if (id.endsWith('-outline')) map.setPaintProperty(id, 'line-opacity', Math.min(1, layer.opacity + 0.2));
    else map.setPaintProperty(id, 'fill-opacity', layer.opacity);
  }
}

export function removeHazardLayer(map: MapLibreMap, layer: Pick<Layer, 'id' | 'kind'>): void {
  for (const id of hazardStyleLayerIds(layer)) if (map.getLayer(id)) map.removeLayer(id);
  const source = hazardSourceId(layer.id);
  if (map.getSource(source)) map.removeSource(source);
}

/**
 * Puts the layers in drawing order (bottom first) just below `beforeId`:
 * moving each in turn before the plots stacks them bottom to top.
 */
export function orderHazardLayers(
  map: MapLibreMap,
  bottomToTop: readonly Pick<Layer, 'id' | 'kind'>[],
  beforeId: string | undefined,
): void {
  for (const layer of bottomToTop) {
    for (const id of hazardStyleLayerIds(layer)) if (map.getLayer(id)) map.moveLayer(id, beforeId);
  }
}
