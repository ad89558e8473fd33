import { fromArrayBuffer, fromFile } from 'geotiff';
import type { GeoTIFF, GeoTIFFImage } from 'geotiff';
import { ApiError } from '../../../shared/api/errors.js';
import { MAX_MERCATOR_LAT } from '../../../shared/geo/web-mercator-tiles.js';
import type { RasterProjection } from '../raster/raster-projection.js';
import type { GeoTransform } from '../raster/raster-grid.js';
import { crsCodeOf, georeference } from '../raster/read-geotiff.js';
import type { GeoKeys } from '../raster/read-geotiff.js';
import { describe, refuse } from './basemap-refusal.js';
import { imageryBounds, imageryProjection } from './imagery-projection.js';

/**
 * 100 Mpx (10,000 × 10,000 px) is 400 MB as RGBA in memory while tiling.
 * Larger imagery is better tiled with GDAL first (docs/basemaps.md), then
 * added as an MBTiles.
 */
export const MAX_IMAGERY_MEGAPIXELS = 100;

/** TIFF 6.0 PhotometricInterpretation values geotiff.js's readRGB turns into RGB. */
const PHOTOMETRIC = { whiteIsZero: 0, blackIsZero: 1, rgb: 2, palette: 3, yCbCr: 6 } as const;
const READABLE_PHOTOMETRIC = new Set<number>(Object.values(PHOTOMETRIC));
/** TIFF 6.0 ExtraSamples: 1 associated alpha, 2 unassociated alpha. */
const ALPHA_SAMPLES = new Set([1, 2]);

/** Imagery opened but not yet decoded: what the add dialog shows and the tiler needs to plan. */
export interface ImageryHeader {
  /** Holds the file open when read by path: `closeImagery` when done. */
  tiff: GeoTIFF;
  image: GeoTIFFImage;
  width: number;
  height: number;
  geoTransform: GeoTransform;
  crsCode: number;
  projection: RasterProjection;
  /** WGS84, clipped to the Web Mercator square. */
  bounds: [number, number, number, number];
  /** GDAL_NODATA: a pixel whose red, green and blue all equal it is transparent. */
  noData: number | null;
}

/** Decoded pixels, RGBA, row-major from the top. */
export interface ImageryPixels extends ImageryHeader {
  rgba: Uint8Array;
}

const numbers = (value: unknown): number[] =>
  typeof value === 'number'
    ? [value]
    : value && typeof value === 'object'
      ? Array.from(value as ArrayLike<number>)
      : [];

function assertEightBitColour(image: GeoTIFFImage): void {
  const fd = image.getFileDirectory() as Record<string, unknown>;
  const bits = numbers(fd.BitsPerSample);
  const formats = numbers(fd.SampleFormat);
  const photometric = Number(fd.PhotometricInterpretation);
  const samples = image.getSamplesPerPixel();
  const eightBit = bits.length > 0 && bits.every((b) => b === 8) && formats.every((f) => f === 1);
  const rgbShape = photometric !== PHOTOMETRIC.rgb || samples === 3 || samples === 4;
  if (!eightBit || !READABLE_PHOTOMETRIC.has(photometric) || !rgbShape) {
    throw refuse('GEOTIFF_NOT_RGB', 'Imagery must be 8-bit RGB, RGBA, grey or palette colour', {
      bands: samples,
      bits: bits[0] ?? 0,
    });
  }
}

function declaredNoData(image: GeoTIFFImage): number | null {
  const raw = (image.getFileDirectory() as { GDAL_NODATA?: unknown }).GDAL_NODATA;
  if (typeof raw !== 'string') return null;
  const value = Number(raw.replace(/\0/g, '').trim());
  return Number.isInteger(value) && value >= 0 && value <= 255 ? value : null;
}

/** Rethrows the readers' own refusals (read-geotiff.ts's GEOTIFF_* reasons are also basemap reasons). */
const asRefusal = (error: unknown): ApiError =>
  error instanceof ApiError ? error : refuse('NOT_GEOTIFF', `The TIFF cannot be read: ${describe(error)}`);

/** Opens an imagery GeoTIFF (by path: read in ranges, never whole; or bytes) and checks it can become a basemap. */
export async function openImagery(source: { path: string } | { bytes: Uint8Array }): Promise<ImageryHeader> {
  let tiff: GeoTIFF;
  try {
    if ('path' in source) tiff = await fromFile(source.path);
    else tiff = await fromArrayBuffer(source.bytes.slice().buffer);
  } catch (error) {
    throw asRefusal(error);
  }
  try {
    return await imageryHeader(tiff);
  } catch (error) {
    await closeImagery({ tiff });
    throw error;
  }
}

/** Releases the file an imagery header holds open. */
export async function closeImagery(header: Pick<ImageryHeader, 'tiff'>): Promise<void> {
  try {
    await (header.tiff.close() as Promise<void> | undefined);
  } catch {
    // Closing a file that is gone already has nothing left to release.
  }
}

async function imageryHeader(tiff: GeoTIFF): Promise<ImageryHeader> {
  let image: GeoTIFFImage;
  try {
    image = await tiff.getImage(0);
  } catch (error) {
    throw asRefusal(error);
  }
  const width = image.getWidth();
  const height = image.getHeight();
  if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0)) {
    throw refuse('NOT_GEOTIFF', 'The TIFF holds no image');
  }
  const megapixels = (width * height) / 1e6;
  if (megapixels > MAX_IMAGERY_MEGAPIXELS) {
    throw refuse('GEOTIFF_TOO_LARGE', `The image has ${megapixels.toFixed(0)} Mpx`, {
      megapixels: Math.ceil(megapixels),
      maxMegapixels: MAX_IMAGERY_MEGAPIXELS,
    });
  }
  assertEightBitColour(image);
  const keys = (image.getGeoKeys() ?? {}) as GeoKeys;
  let geoTransform: GeoTransform;
  try {
    geoTransform = georeference(image, keys);
  } catch (error) {
    throw asRefusal(error);
  }
  const crsCode = crsCodeOf(keys);
  if (crsCode === null) throw refuse('GEOTIFF_NO_CRS', 'The GeoTIFF names no coordinate system');
  const projection = imageryProjection(crsCode);
  if (!projection) throw refuse('GEOTIFF_UNSUPPORTED_CRS', `EPSG:${crsCode} is not supported`, { code: crsCode });
  const [west, south, east, north] = imageryBounds(projection, geoTransform, width, height);
  const bounds: [number, number, number, number] = [
    Math.max(-180, west),
    Math.max(-MAX_MERCATOR_LAT, south),
    Math.min(180, east),
    Math.min(MAX_MERCATOR_LAT, north),
  ];
  if (!(bounds.every(Number.isFinite) && bounds[0] < bounds[2] && bounds[1] < bounds[3])) {
    throw refuse('GEOTIFF_OUTSIDE_WORLD', 'The image lies outside the Web Mercator world');
  }
  return { tiff, image, width, height, geoTransform, crsCode, projection, bounds, noData: declaredNoData(image) };
}

/** Decodes the whole image to RGBA: alpha from an alpha band, else opaque but where every colour equals noData. */
export async function readImageryPixels(header: ImageryHeader, signal?: AbortSignal): Promise<ImageryPixels> {
  const { image, width, height, noData } = header;
  let raster: ArrayLike<number>;
  try {
    raster = (await image.readRGB({ interleave: true, enableAlpha: true, signal })) as unknown as ArrayLike<number>;
  } catch (error) {
    if (signal?.aborted) throw new ApiError('CANCELLED', 'The operation was cancelled.');
    throw refuse('GEOTIFF_UNSUPPORTED_ENCODING', `The pixels cannot be decoded: ${describe(error)}`);
  }
  const channels = Math.round(raster.length / (width * height));
  const extra = numbers((image.getFileDirectory() as { ExtraSamples?: unknown }).ExtraSamples)[0];
  const alphaBand = channels >= 4 && extra !== undefined && ALPHA_SAMPLES.has(extra);
  const rgba = new Uint8Array(width * height * 4);
  for (let p = 0, s = 0; p < width * height; p += 1, s += channels) {
    const r = raster[s] as number;
    const g = raster[s + 1] as number;
    const b = raster[s + 2] as number;
    const o = p * 4;
    rgba[o] = r;
    rgba[o + 1] = g;
    rgba[o + 2] = b;
    rgba[o + 3] = alphaBand ? (raster[s + 3] as number) : r === noData && g === noData && b === noData ? 0 : 255;
  }
  return { ...header, rgba };
}
