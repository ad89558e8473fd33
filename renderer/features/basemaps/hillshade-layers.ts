import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Layer } from '../../../shared/domain/layer.js';
import { zoomForDegreesPerPixel } from '../../../shared/geo/web-mercator-tiles.js';
import { demTilesUrl } from './tile-urls.js';

export const HILLSHADE_SOURCE = 'cafetal-basemap-dem';
export const HILLSHADE_LAYER = 'cafetal-basemap-hillshade';

/** True for a layer the core serves Terrarium tiles of: a raster marked as elevation. */
export const isDemLayer = (layer: Layer): boolean => layer.kind === 'raster' && layer.hazard === 'elevation';

/**
 * Hillshade from an elevation layer: a `raster-dem` source of Terrarium
 * tiles the core makes from the layer's grid, over the layer's bounds, up
 * to the zoom that matches its pixels (deeper zooms are interpolated by
 * MapLibre), and a `hillshade` layer below `beforeId`.
 */
export function showHillshade(map: MapLibreMap, layer: Layer, pageUrl: string, beforeId: string | undefined): void {
  const raster = layer.raster;
  if (!raster) return;
  const [west, , east] = raster.bounds;
  map.addSource(HILLSHADE_SOURCE, {
    type: 'raster-dem',
    encoding: 'terrarium',
    tiles: [demTilesUrl(layer.id, layer.version, pageUrl)],
    tileSize: 256,
    bounds: raster.bounds,
    maxzoom: zoomForDegreesPerPixel((east - west) / raster.width),
  });
  map.addLayer(
    {
      id: HILLSHADE_LAYER,
      type: 'hillshade',
      source: HILLSHADE_SOURCE,
      paint: {
        'hillshade-exaggeration': 0.45,
        'hillshade-shadow-color': '#3d3322',
        'hillshade-highlight-color': '#fffdf5',
        'hillshade-accent-color': '#5a4a30',
      },
    },
    beforeId,
  );
}

export function hideHillshade(map: MapLibreMap): void {
  if (map.getLayer(HILLSHADE_LAYER)) map.removeLayer(HILLSHADE_LAYER);
  if (map.getSource(HILLSHADE_SOURCE)) map.removeSource(HILLSHADE_SOURCE);
}
