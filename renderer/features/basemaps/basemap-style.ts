import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { isVectorBasemap } from '../../../shared/domain/basemap.js';
import type { Basemap } from '../../../shared/domain/basemap.js';
import { genericVectorLayers } from './generic-vector-style.js';
import { basemapTilesUrl } from './tile-urls.js';

export const BASEMAP_SOURCE = 'cafetal-basemap-tiles';
export const BASEMAP_LAYER_PREFIX = 'cafetal-basemap-tiles';

/**
 * The active basemap's MapLibre source: tiles from the app's own origin,
 * with the file's zooms (MapLibre overzooms past the deepest one) and its
 * coverage as `bounds`, so no tile outside it is ever asked for.
 */
export function basemapSource(basemap: Basemap, pageUrl: string): SourceSpecification {
  const common = {
    tiles: [basemapTilesUrl(basemap.id, pageUrl)],
    minzoom: basemap.minZoom,
    maxzoom: basemap.maxZoom,
    bounds: basemap.bounds,
    ...(basemap.attribution ? { attribution: basemap.attribution } : {}),
  };
  return isVectorBasemap(basemap.kind)
    ? { type: 'vector', ...common }
    : { type: 'raster', tileSize: basemap.tileSize, ...common };
}

/** The basemap's style layers, bottom first: one raster layer, or the generic vector style. */
export function basemapLayers(basemap: Basemap): LayerSpecification[] {
  if (isVectorBasemap(basemap.kind)) {
    return genericVectorLayers(BASEMAP_SOURCE, BASEMAP_LAYER_PREFIX, basemap.vectorLayers);
  }
  return [
    {
      id: `${BASEMAP_LAYER_PREFIX}-raster`,
      type: 'raster',
      source: BASEMAP_SOURCE,
      // No fade: a basemap switch shows the new imagery at once, and screenshots never catch a half-faded tile.
      paint: { 'raster-fade-duration': 0 },
    },
  ];
}
