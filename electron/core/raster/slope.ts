import type { RasterGrid } from './raster-grid.js';

/** WGS84 semi-major axis and first eccentricity squared (NIMA TR8350.2, table 3.1). */
const A_WGS84_M = 6_378_137;
const E2_WGS84 = 0.00669437999014;
const RAD = Math.PI / 180;

/**
 * Ground size of one pixel per row, in metres, for Horn's slope.
 *
 * Projected rasters (every projected CRS Cafetal knows is UTM in metres): the
 * pixel size as it is, like `gdaldem slope`. UTM's scale factor (0.9996 on
 * the central meridian to ~1.001 at the zone edge) is ignored, as GDAL does.
 *
 * Geographic rasters: a pixel of Δλ × Δφ degrees at latitude φ measures
 * N(φ)·cos φ·Δλ east–west and M(φ)·Δφ north–south, N and M being the
 * ellipsoid's radii of curvature in the prime vertical and in the meridian
 * (Snyder 1987, "Map Projections: A Working Manual", eqs. 4-18 and 4-20).
 * At Cajamarca's latitudes this is what a geodesic between pixel centres
 * gives to < 0.01 %, while `gdaldem slope -s 111120` would use one scale for
 * both axes and every latitude.
 */
export interface PixelSizes {
  dxM: Float64Array;
  dyM: Float64Array;
}

export function pixelSizesM(grid: Pick<RasterGrid, 'height' | 'geoTransform'>, geographic: boolean): PixelSizes {
  const [, pw, , oy, , ph] = grid.geoTransform;
  const dxM = new Float64Array(grid.height);
  const dyM = new Float64Array(grid.height);
  for (let row = 0; row < grid.height; row += 1) {
    if (!geographic) {
      dxM[row] = Math.abs(pw);
      dyM[row] = Math.abs(ph);
      continue;
    }
    const phi = (oy + (row + 0.5) * ph) * RAD;
    const sin = Math.sin(phi);
    const w = Math.sqrt(1 - E2_WGS84 * sin * sin);
    const n = A_WGS84_M / w;
    const m = (A_WGS84_M * (1 - E2_WGS84)) / (w * w * w);
    dxM[row] = n * Math.cos(phi) * Math.abs(pw) * RAD;
    dyM[row] = m * Math.abs(ph) * RAD;
  }
  return { dxM, dyM };
}

/**
 * Slope in percent (rise/run × 100) at pixel (col, row) by Horn's 3×3 method
 * (B.K.P. Horn 1981, "Hill shading and the reflectance map", Proc. IEEE
 * 69(1):14–47; the method `gdaldem slope` and ArcGIS use):
 *
 *   a b c
 *   d e f    dz/dx = ((c + 2f + i) − (a + 2d + g)) / (8·dx)
 *   g h i    dz/dy = ((g + 2h + i) − (a + 2b + c)) / (8·dy)
 *
 * NaN on the raster's edge row/column or when any neighbour is noData (GDAL
 * leaves those noData too unless asked to compute edges).
 */
export function slopePctAt(grid: RasterGrid, sizes: PixelSizes, col: number, row: number): number {
  const w = grid.width;
  if (col < 1 || row < 1 || col >= w - 1 || row >= grid.height - 1) return Number.NaN;
  const v = grid.values;
  const up = (row - 1) * w + col;
  const mid = up + w;
  const down = mid + w;
  const a = v[up - 1] as number;
  const b = v[up] as number;
  const c = v[up + 1] as number;
  const d = v[mid - 1] as number;
  const f = v[mid + 1] as number;
  const g = v[down - 1] as number;
  const h = v[down] as number;
  const i = v[down + 1] as number;
  const dzdx = (c + 2 * f + i - (a + 2 * d + g)) / (8 * (sizes.dxM[row] as number));
  const dzdy = (g + 2 * h + i - (a + 2 * b + c)) / (8 * (sizes.dyM[row] as number));
  // Any NaN neighbour makes the result NaN, which is the "cannot compute" answer.
  return Math.sqrt(dzdx * dzdx + dzdy * dzdy) * 100;
}
