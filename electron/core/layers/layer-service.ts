import type { CoreContext } from '../api/core-context.js';
import { removeRasterFiles } from '../raster/raster-files.js';
import { getLayer, removeLayerRows } from './layers-store.js';

/** Removes a layer: its rows first (one transaction), then its raster files, then anything cached from them. */
export function removeLayer(ctx: CoreContext, id: string): { removed: boolean } {
  const layer = getLayer(ctx.db, id);
  const removed = removeLayerRows(ctx.db, id);
  if (removed && layer.kind === 'raster') {
    ctx.rasters.invalidate(id);
    removeRasterFiles(ctx.dataDir, id);
  }
  return { removed };
}
