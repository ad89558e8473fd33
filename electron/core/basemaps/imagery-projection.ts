import { MAX_MERCATOR_LAT } from '../../../shared/geo/web-mercator-tiles.js';
import { crsForCode } from '../geo/crs.js';
import type { GeoTransform } from '../raster/raster-grid.js';
import { rasterProjection } from '../raster/raster-projection.js';
import type { RasterProjection } from '../raster/raster-projection.js';

/** EPSG:3857, WGS 84 / Pseudo-Mercator: what QGIS and drone software often export imagery in. */
export const WEB_MERCATOR = 3857;
/** The sphere radius EPSG:3857 projects on (the WGS84 semi-major axis). */
const RADIUS_M = 6_378_137;
const DEG = Math.PI / 180;

/** EPSG:3857 by its formulas (IOGP Guidance Note 7-2, method 1024): no proj4 needed, and x, y are separable. */
const webMercator: RasterProjection = {
  crsCode: WEB_MERCATOR,
  geographic: false,
  fromLonLat: (lon, lat) => {
    const clamped = Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, lat));
    return [RADIUS_M * lon * DEG, RADIUS_M * Math.log(Math.tan(Math.PI / 4 + (clamped * DEG) / 2))];
  },
  toLonLat: (x, y) => [x / RADIUS_M / DEG, (2 * Math.atan(Math.exp(y / RADIUS_M)) - Math.PI / 2) / DEG],
};

/** The projection of imagery in a CRS Cafetal knows (crs.ts) or Web Mercator; null for any other. */
export function imageryProjection(crsCode: number): RasterProjection | null {
  if (crsCode === WEB_MERCATOR) return webMercator;
  return crsForCode(crsCode) ? rasterProjection(crsCode) : null;
}

/** True when a column depends on longitude only and a row on latitude only (lon/lat and Web Mercator). */
export const isSeparable = (projection: RasterProjection): boolean =>
  projection.geographic || projection.crsCode === WEB_MERCATOR;

/** Points per image edge when projecting its outline: UTM edges are curves in lon/lat. */
const EDGE_POINTS = 32;

/** [west, south, east, north] in WGS84 of an image of width × height pixels. */
export function imageryBounds(
  projection: RasterProjection,
  geoTransform: GeoTransform,
  width: number,
  height: number,
): [number, number, number, number] {
  const [ox, pw, , oy, , ph] = geoTransform;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let k = 0; k <= EDGE_POINTS; k += 1) {
    const f = k / EDGE_POINTS;
    for (const [x, y] of [
      [ox + width * pw * f, oy],
      [ox + width * pw * f, oy + height * ph],
      [ox, oy + height * ph * f],
      [ox + width * pw, oy + height * ph * f],
    ] as const) {
      const [lon, lat] = projection.toLonLat(x, y);
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  }
  return [west, south, east, north];
}
