/**
 * GDAL's affine geotransform without rotation terms (Cafetal refuses rotated
 * rasters): [originX, pixelWidth, 0, originY, 0, pixelHeight]. The origin is
 * the outer corner of the top-left pixel; pixelHeight is negative for
 * north-up rasters. Kept in GDAL's order so `<id>.grid.json` reads like
 * `gdalinfo -json`'s geoTransform.
 */
export type GeoTransform = [number, number, 0, number, 0, number];

/** What a raster file becomes in memory: one band of Float32 values and where they lie. */
export interface RasterGrid {
  width: number;
  height: number;
  /** Row-major, first row first (north for north-up rasters); noData as NaN. */
  values: Float32Array;
  geoTransform: GeoTransform;
  /** EPSG code that `crsForCode` (electron/core/geo/crs.ts) knows. */
  crsCode: number;
  /** The file's declared noData value (already NaN in `values`); null when none or NaN. */
  noData: number | null;
}

/** The grid without its values: what `<id>.grid.json` holds. */
export type RasterGridHeader = Omit<RasterGrid, 'values'>;

export function geoTransformOf(
  originX: number,
  originY: number,
  pixelWidth: number,
  pixelHeight: number,
): GeoTransform {
  return [originX, pixelWidth, 0, originY, 0, pixelHeight];
}

/** Fractional column of a CRS x (0 = left edge of the first column; pixel c's centre is c + 0.5). */
export function columnOf(gt: GeoTransform, x: number): number {
  return (x - gt[0]) / gt[1];
}

/** Fractional row of a CRS y (0 = top edge of the first row). */
export function rowOf(gt: GeoTransform, y: number): number {
  return (y - gt[3]) / gt[5];
}

/** Minimum and maximum of the valid (non-NaN) values; null when every value is noData. */
export function validRange(values: Float32Array): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i] as number;
    // NaN fails both comparisons, so noData never enters the range.
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : null;
}
