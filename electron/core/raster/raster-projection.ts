import proj4 from 'proj4';
import { ApiError } from '../../../shared/api/errors.js';
import { crsForCode } from '../geo/crs.js';

/**
 * Between WGS84 lon/lat and a raster's CRS, one point at a time. `geographic`
 * rasters (EPSG:4326) need no transformation at all, and callers use that to
 * skip proj4 entirely on hot paths.
 */
export interface RasterProjection {
  crsCode: number;
  geographic: boolean;
  /** [lon, lat] → [x, y] in the raster's CRS. */
  fromLonLat(lon: number, lat: number): [number, number];
  /** [x, y] in the raster's CRS → [lon, lat]. */
  toLonLat(x: number, y: number): [number, number];
}

export function rasterProjection(crsCode: number): RasterProjection {
  const crs = crsForCode(crsCode);
  if (!crs) throw new ApiError('INTERNAL', `EPSG:${crsCode} is not a supported raster CRS`);
  if (crsCode === 4326) {
    return { crsCode, geographic: true, fromLonLat: (lon, lat) => [lon, lat], toLonLat: (x, y) => [x, y] };
  }
  // proj4 applies the CRS's own datum shift (PSAD56: EPSG:1208, see crs.ts) both ways.
  const converter = proj4('EPSG:4326', crs.proj4);
  return {
    crsCode,
    geographic: false,
    fromLonLat: (lon, lat) => converter.forward<[number, number]>([lon, lat]),
    toLonLat: (x, y) => converter.inverse<[number, number]>([x, y]),
  };
}
