import { assertOwnDataOpen, basemapsDataDir } from './laptop-basemaps.js';
import { ApiError } from '../../../shared/api/errors.js';
import type { BasemapState } from '../../../shared/api/basemaps.js';
import { BUILTIN_BASEMAP } from '../../../shared/domain/basemap.js';
import type { ActiveBasemap } from '../../../shared/domain/basemap.js';
import type { CoreContext } from '../api/core-context.js';
import { getLayer } from '../layers/layers-store.js';
import { basemapPath, removeQuietly } from './basemap-files.js';
import {
  deleteBasemapRow,
  getBasemap,
  listBasemaps,
  readActiveBasemap,
  readHillshadeLayerId,
  writeActiveBasemap,
  writeHillshadeLayerId,
} from './basemaps-store.js';

export function basemapState(ctx: CoreContext): BasemapState {
  return {
    active: readActiveBasemap(ctx.db),
    hillshadeLayerId: readHillshadeLayerId(ctx.db),
    basemaps: listBasemaps(ctx.db),
  };
}

export function setActiveBasemap(ctx: CoreContext, id: ActiveBasemap): BasemapState {
  if (id !== BUILTIN_BASEMAP) getBasemap(ctx.db, id);
  writeActiveBasemap(ctx.db, id);
  return basemapState(ctx);
}

/** Hillshade needs heights: only a raster layer marked as elevation (a DEM) may be chosen. */
export function setHillshadeLayer(ctx: CoreContext, layerId: string | null): BasemapState {
  if (layerId !== null) {
    const layer = getLayer(ctx.db, layerId);
    if (layer.kind !== 'raster' || layer.hazard !== 'elevation') {
      throw new ApiError('VALIDATION', 'Hillshade is drawn from an elevation raster layer (a DEM).', {
        field: 'layerId',
        reason: 'NOT_A_DEM',
      });
    }
  }
  writeHillshadeLayerId(ctx.db, layerId);
  return basemapState(ctx);
}

/**
 * Removes a basemap: its row, then its file (closed first: Windows cannot
 * delete an open file). A removed active basemap leaves the built-in map
 * active, as `readActiveBasemap` reads a missing id.
 */
export function removeBasemap(ctx: CoreContext, id: string): { removed: boolean } {
  assertOwnDataOpen(ctx);
  const basemap = getBasemap(ctx.db, id);
  const removed = deleteBasemapRow(ctx.db, id);
  ctx.tiles.close(id);
  if (removed) removeQuietly(basemapPath(basemapsDataDir(ctx), basemap.fileName));
  return { removed };
}
