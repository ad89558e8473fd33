import type { Polygon, Position } from 'geojson';
import { writeArrayBuffer } from 'geotiff';
import proj4 from 'proj4';
import { crsForCode } from '../../electron/core/geo/crs.js';

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

/** geotiff.js's writer reserves this many bytes for the header and puts the single strip right after. */
const HEADER_BYTES = 1000;

/**
 * A Float32 GeoTIFF for tests. geotiff.js's `writeArrayBuffer` encodes the
 * tags and GeoKeys, but it writes every sample as one byte
 * (`new Uint8Array(values)`), so the strip it writes is dropped and the
 * samples are appended here as big-endian float32 (the header says "MM").
 * `gdalinfo` reads the result as a georeferenced Float32 raster.
 */
export function writeGeoTiff(opts: SyntheticGeoTiff): Uint8Array {
  const bands = opts.bands ?? 1;
  const count = opts.width * opts.height * bands;
  if (opts.values.length !== count) throw new Error(`expected ${count} values, got ${opts.values.length}`);
  const geographic = opts.epsg === 4326;
  const metadata: Record<string, unknown> = {
    width: opts.width,
    height: opts.height,
    BitsPerSample: Array.from({ length: bands }, () => 32),
    SampleFormat: Array.from({ length: bands }, () => 3),
    SamplesPerPixel: [bands],
    StripByteCounts: [count * 4],
    PhotometricInterpretation: [1],
    ModelPixelScale: [opts.pixelWidth, -opts.pixelHeight, 0],
    ModelTiepoint: [0, 0, 0, opts.originX, opts.originY, 0],
    GTModelTypeGeoKey: geographic ? 2 : 1,
    GTRasterTypeGeoKey: 1,
    ...(geographic ? { GeographicTypeGeoKey: 4326 } : { ProjectedCSTypeGeoKey: opts.epsg }),
  };
  if (opts.extraSamples) metadata.ExtraSamples = opts.extraSamples;
  if (opts.noData !== undefined) metadata.GDAL_NODATA = String(opts.noData);
  if (opts.modelTransformation) metadata.ModelTransformation = opts.modelTransformation;

  // Only the header is kept, so one dummy sample is enough to drive the writer.
  const written = new Uint8Array(writeArrayBuffer([0], metadata) as ArrayBuffer);
  const out = new Uint8Array(HEADER_BYTES + count * 4);
  out.set(written.subarray(0, HEADER_BYTES));
  const view = new DataView(out.buffer);
  for (let i = 0; i < count; i += 1) view.setFloat32(HEADER_BYTES + i * 4, opts.values[i] as number, false);
  return out;
}

/**
 * The synthetic DEM of the raster tests: a plane rising 0.2 m per metre east
 * (a 20 % slope facing west) on a UTM grid, z = base + 0.2·(x − originX) at
 * each pixel centre.
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
