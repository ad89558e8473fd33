import { METRES_PER_PIXEL_Z0, tileCountOf, tileRangeOf } from '../../../shared/geo/web-mercator-tiles.js';
import { TILE_PX } from './imagery-sampler.js';
import type { ImageryHeader } from './read-imagery.js';

/** Degrees of longitude per pixel of a 256-px tile at zoom 0: 360 / 256. */
const DEGREES_PER_PIXEL_Z0 = 360 / TILE_PX;
/** z22 is ~3.7 cm a pixel at Cajamarca's latitude: finer than any drone orthophoto needs. */
const DEEPEST_ZOOM = 22;
/** Levels below the one where the whole image fits a tile, so it can still be found zoomed out. */
const EXTRA_LEVELS_BELOW = 2;
const MAX_LEVELS = 10;

/**
 * The zoom range imagery is tiled at. The deepest zoom is the one whose
 * pixel size is closest (in log2) to the image's own, as GDAL's MBTiles
 * driver chooses by default (ZOOM_LEVEL_STRATEGY=AUTO). Lon/lat pixels
 * compare directly in degrees; projected pixels in ground metres against
 * Web Mercator's ground size at the image's centre latitude. The shallowest
 * zoom is where the whole image fits about one tile, two more levels down.
 */
export function imageryZooms(header: ImageryHeader): { minZoom: number; maxZoom: number } {
  const [, pw, , , , ph] = header.geoTransform;
  const pixel = Math.min(Math.abs(pw), Math.abs(ph));
  const [, south, , north] = header.bounds;
  const centreLat = (south + north) / 2;
  let exact: number;
  if (header.projection.geographic) {
    exact = Math.log2(DEGREES_PER_PIXEL_Z0 / pixel);
  } else if (header.projection.crsCode === 3857) {
    // Web Mercator metres are ground metres / cos(lat), the same scale as the tile grid's.
    exact = Math.log2(METRES_PER_PIXEL_Z0 / pixel);
  } else {
    exact = Math.log2((METRES_PER_PIXEL_Z0 * Math.cos((centreLat * Math.PI) / 180)) / pixel);
  }
  const maxZoom = Math.max(0, Math.min(DEEPEST_ZOOM, Math.round(exact)));
  const fitLevels = Math.max(0, Math.ceil(Math.log2(Math.max(header.width, header.height) / TILE_PX)));
  const levels = Math.min(MAX_LEVELS, fitLevels + EXTRA_LEVELS_BELOW);
  return { minZoom: Math.max(0, maxZoom - levels), maxZoom };
}

/** Tiles the conversion may write over all zooms (an upper bound: tiles with no image pixel are skipped). */
export function imageryTileCount(bounds: readonly [number, number, number, number], minZoom: number, maxZoom: number) {
  let total = 0;
  for (let z = minZoom; z <= maxZoom; z += 1) total += tileCountOf(tileRangeOf(bounds, z));
  return total;
}
