import type { Polygon, Position } from 'geojson';
import proj4 from 'proj4';
import { crsForCode } from '../../electron/core/geo/crs.js';
import { geoTransformOf } from '../../electron/core/raster/raster-grid.js';
import { writeGeoTiff as writeCoreGeoTiff } from '../../electron/core/raster/write-geotiff.js';

export interface SyntheticGeoTiff {
  width: number;
  height: number;
  /** Row-major, first row = north; with `bands` > 1, pixel-interleaved (band values of a pixel side by side). */
  values: Float32Array | number[];
  /** Outer corner of the top-left pixel, in the CRS's units. */
  originX: number;
  originY: number;
  pixelWidth: number;
  /** Negative for north-up rasters, as in GDAL's geotransform. */
  pixelHeight: number;
  /** 4326 writes GeographicTypeGeoKey; anything else writes ProjectedCSTypeGeoKey. */
  epsg: number;
  noData?: number;
  /** Samples per pixel (default 1). */
  bands?: number;
  /** TIFF ExtraSamples for the bands after the first: 2 = unassociated alpha. */
  extraSamples?: number[];
  /** Written as the ModelTransformation tag (row-major 4×4), e.g. to make a rotated raster. */
  modelTransformation?: number[];
}

/**
 * A Float32 GeoTIFF for tests, through the core's writer
 * (electron/core/raster/write-geotiff.ts: geotiff.js's tags and GeoKeys,
 * samples appended as big-endian float32). `gdalinfo` reads it as a
 * georeferenced Float32 raster.
 */
export function writeGeoTiff(opts: SyntheticGeoTiff): Uint8Array {
  const extraTags: Record<string, unknown> = {};
  if (opts.extraSamples) extraTags.ExtraSamples = opts.extraSamples;
  if (opts.modelTransformation) extraTags.ModelTransformation = opts.modelTransformation;
  const bands = opts.bands ?? 1;
  if (opts.values.length !== opts.width * opts.height * bands) {
    throw new Error(`expected ${opts.width * opts.height * bands} values, got ${opts.values.length}`);
  }
  return writeCoreGeoTiff(
    {
      width: opts.width,
      height: opts.height,
      values: opts.values,
      geoTransform: geoTransformOf(opts.originX, opts.originY, opts.pixelWidth, opts.pixelHeight),
      crsCode: opts.epsg,
      noData: opts.noData ?? null,
    },
    extraTags,
  );
}

/**
 * A DEM plane, z = base + risePerM·(x − originX) at each pixel centre, row by
 * row: risePerM 0.2 is a 20 % slope facing west.
 */
export function planeValues(width: number, height: number, pixelWidth: number, base: number, risePerM: number) {
  const values = new Float32Array(width * height);
  for (let row = 0; row < height; row += 1) {
    for (let col = 0; col < width; col += 1) values[row * width + col] = base + risePerM * (col + 0.5) * pixelWidth;
  }
  return values;
}

/** A polygon given in a CRS's own units (UTM metres), as the [lon, lat] plot it is; the ring is closed here. */
export function lonLatPolygon(crsCode: number, ring: [number, number][]): Polygon {
  const crs = crsForCode(crsCode);
  if (!crs) throw new Error(`unknown CRS ${crsCode}`);
  const toLonLat = (p: [number, number]): Position =>
    crsCode === 4326 ? [...p] : proj4(crs.proj4, 'EPSG:4326').forward<Position>([...p]);
  const positions = ring.map(toLonLat);
  return { type: 'Polygon', coordinates: [[...positions, [...(positions[0] as Position)]]] };
}

/** An axis-aligned rectangle [x0, y0]–[x1, y1] in the CRS's units, as a lon/lat polygon. */
export function lonLatRectangle(crsCode: number, x0: number, y0: number, x1: number, y1: number): Polygon {
  return lonLatPolygon(crsCode, [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ]);
}

/** [lon, lat] of a point given in the CRS's units. */
export function lonLatOf(crsCode: number, x: number, y: number): [number, number] {
  const ring = lonLatPolygon(crsCode, [[x, y]]).coordinates[0]?.[0] as Position;
  return [ring[0] as number, ring[1] as number];
}
