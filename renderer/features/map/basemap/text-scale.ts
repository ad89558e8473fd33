import type { Map as MapLibreMap } from 'maplibre-gl';
import { labelLayers } from './label-layers.js';

/**
 * Resizes the base map's labels on a live map (presentation mode on a
 * projector) without rebuilding the style, so plots, drawings and raster
 * layers stay as they are. The sizes are the ones `baseStyle({ textScale })`
 * would have built. Layers the map does not have are skipped.
 */
export function setBasemapTextScale(
  map: Pick<MapLibreMap, 'getLayer' | 'setLayoutProperty' | 'setPaintProperty'>,
  textScale: number,
): void {
  for (const layer of labelLayers(textScale)) {
    if (layer.type !== 'symbol' || !map.getLayer(layer.id)) continue;
    map.setLayoutProperty(layer.id, 'text-size', layer.layout?.['text-size']);
    map.setPaintProperty(layer.id, 'text-halo-width', layer.paint?.['text-halo-width']);
  }
}
