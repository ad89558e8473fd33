import { fromArrayBuffer, type GeoTIFFImage } from 'geotiff';
import { crsForCode } from '../geo/crs.js';
import { describeError, unreadable } from '../import/readers/unreadable.js';
// Registers the bounded LZW decoder (geotiff.js's own runs out of memory on damaged data).
import './lzw-decoder.js';
import { readBandFloat32 } from './read-band.js';
import { geoTransformOf, type GeoTransform, type RasterGrid } from './raster-grid.js';

/**
 * 400 million pixels is 1.6 GB as Float32: more than an offline laptop should
 * hold for one layer. A 30 m DEM of all of Cajamarca (~33,000 km²) is ~37 Mpx.
 */
export const MAX_RASTER_MEGAPIXELS = 400;

/**
 * The most a block's pixels may be compressed. DEFLATE cannot exceed 1032:1
 * (RFC 1951: 258 bytes per 2-bit-minimum match code) and 12-bit LZW about
 * 2,700:1; 10,000:1 leaves room for ZSTD and LERC on constant rasters while a
 * "compression bomb" (a few bytes claiming gigabytes) is refused before any
 * decoding.
 */
const MAX_COMPRESSION_RATIO = 10_000;

/** GeoTIFF 1.0 §6.3.1.3 "user-defined": the file describes its CRS by parameters, not by a code. */
const USER_DEFINED = 32767;
/** GeoTIFF 1.0 §6.3.1.2: RasterPixelIsPoint, the tiepoint names a pixel's centre. */
const RASTER_PIXEL_IS_POINT = 2;
/** TIFF 6.0 ExtraSamples: 1 associated alpha, 2 unassociated alpha. */
const ALPHA_SAMPLES = new Set([1, 2]);
/** EPSG codes of the datums Cafetal knows, for a "user-defined" projected CRS given as datum + UTM conversion. */
const WGS84_GEOGRAPHIC = 4326;
const PSAD56_GEOGRAPHIC = 4248;

export type GeoKeys = Record<string, number | string | undefined>;

export function startsLikeTiff(bytes: Uint8Array): boolean {
  const [a, b, c, d] = bytes;
  // "II*\0" / "MM\0*" (TIFF) and "II+\0" / "MM\0+" (BigTIFF).
  if (a === 0x49 && b === 0x49) return (c === 42 || c === 43) && d === 0;
  if (a === 0x4d && b === 0x4d) return c === 0 && (d === 42 || d === 43);
  return false;
}

/**
 * A UTM zone given as GeoTIFF ProjectionGeoKey (EPSG conversion codes 16001–
 * 16060 north, 16101–16160 south) on a known datum, as some software writes
 * instead of the projected CRS code.
 */
function utmFromConversion(keys: GeoKeys): number | null {
  const conversion = Number(keys.ProjectionGeoKey);
  const datum = Number(keys.GeographicTypeGeoKey);
  const south = conversion - 16100;
  if (!(south >= 1 && south <= 60)) return null;
  if (datum === WGS84_GEOGRAPHIC) return 32700 + south;
  if (datum === PSAD56_GEOGRAPHIC) return 24860 + south;
  return null;
}

/** The EPSG code the GeoKeys name; null when they name none. */
export function crsCodeOf(keys: GeoKeys): number | null {
  const projected = Number(keys.ProjectedCSTypeGeoKey);
  const geographic = Number(keys.GeographicTypeGeoKey);
  const modelType = Number(keys.GTModelTypeGeoKey);
  if (modelType === 1 || Number.isFinite(projected)) {
    if (Number.isFinite(projected) && projected !== USER_DEFINED) return projected;
    return utmFromConversion(keys) ?? (Number.isFinite(projected) ? projected : null);
  }
  if (Number.isFinite(geographic)) return geographic;
  return null;
}

/** A tag's numbers as an array: geotiff.js gives one value as a bare number, several as an array or typed array. */
function tagNumbers(value: unknown): number[] | undefined {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value) || ArrayBuffer.isView(value)) return Array.from(value as ArrayLike<number>, Number);
  return undefined;
}

export function georeference(image: GeoTIFFImage, keys: GeoKeys): GeoTransform {
  const fd = image.getFileDirectory() as Record<string, unknown>;
  const transformation = tagNumbers(fd.ModelTransformation);
  let originX: number;
  let originY: number;
  let pixelWidth: number;
  let pixelHeight: number;
  if (transformation && transformation.length >= 8) {
    // Row-major 4×4: x = a·col + b·row + d, y = e·col + f·row + h (GeoTIFF 1.0 §2.6.1).
    const [a, b, , d, e, f, , h] = transformation;
    const scale = Math.max(Math.abs(a as number), Math.abs(f as number));
    if (Math.abs(b as number) > scale * 1e-9 || Math.abs(e as number) > scale * 1e-9) {
      throw unreadable('GEOTIFF_ROTATED', 'The raster is rotated or sheared; only north-up rasters are read');
    }
    [originX, originY, pixelWidth, pixelHeight] = [d as number, h as number, a as number, f as number];
  } else {
    const tie = tagNumbers(fd.ModelTiepoint);
    const scale = tagNumbers(fd.ModelPixelScale);
    // More than one tiepoint without a scale is a set of control points (needs warping), not an affine grid.
    if (!tie || tie.length < 6 || !scale || scale.length < 2) {
      throw unreadable(
        'GEOTIFF_NO_GEOREFERENCE',
        'The TIFF has no ModelTiepoint + ModelPixelScale nor ModelTransformation',
      );
    }
    const [i, j, , x, y] = tie;
    pixelWidth = scale[0] as number;
    pixelHeight = -(scale[1] as number);
    originX = (x as number) - (i as number) * pixelWidth;
    originY = (y as number) - (j as number) * pixelHeight;
  }
  if (!(pixelWidth !== 0 && pixelHeight !== 0 && Number.isFinite(pixelWidth) && Number.isFinite(pixelHeight))) {
    throw unreadable('GEOTIFF_NO_GEOREFERENCE', 'The pixel size is zero or not a number');
  }
  // A tiepoint of NaN or 1e308 (a damaged or hostile file) places the raster nowhere.
  if (!Number.isFinite(originX) || !Number.isFinite(originY)) {
    throw unreadable('GEOTIFF_NO_GEOREFERENCE', 'The raster origin is not a number');
  }
  if (Number(keys.GTRasterTypeGeoKey) === RASTER_PIXEL_IS_POINT) {
    // The tiepoint is a pixel's centre: shift to its corner, as GDAL does by default (GTIFF_POINT_GEO_IGNORE=NO).
    originX -= pixelWidth / 2;
    originY -= pixelHeight / 2;
  }
  return geoTransformOf(originX, originY, pixelWidth, pixelHeight);
}

/**
 * A TIFF lists where each strip or tile of pixels lies (TIFF 6.0 §3,
 * StripOffsets/TileOffsets with their byte counts), one entry per block. A
 * file listing fewer blocks than its declared size needs, or blocks past its
 * end, is damaged or lies about its size: a 1 kB file declaring 20,000 ×
 * 19,000 pixels would otherwise make the reader fill 1.5 GB (found by fuzzing).
 */
function assertBlocksInFile(image: GeoTIFFImage, fileBytes: number): void {
  const fd = image.getFileDirectory() as Record<string, unknown>;
  const offsets = tagNumbers(fd.TileOffsets ?? fd.StripOffsets) ?? [];
  const counts = tagNumbers(fd.TileByteCounts ?? fd.StripByteCounts) ?? [];
  const blockWidth = image.getTileWidth();
  const blockHeight = image.getTileHeight();
  const planes = image.planarConfiguration === 2 ? image.getSamplesPerPixel() : 1;
  const blocks =
    blockWidth >= 1 && blockHeight >= 1
      ? Math.ceil(image.getWidth() / blockWidth) * Math.ceil(image.getHeight() / blockHeight) * planes
      : Infinity;
  if (!(offsets.length >= blocks && counts.length >= blocks)) {
    throw unreadable('NOT_GEOTIFF', `The TIFF lists ${offsets.length} pixel blocks where its size needs ${blocks}`);
  }
  let stored = 0;
  for (let i = 0; i < blocks; i += 1) {
    if (!((offsets[i] as number) + (counts[i] as number) <= fileBytes)) {
      throw unreadable('NOT_GEOTIFF', 'The TIFF is cut off: its pixels lie past the end of the file');
    }
    stored += counts[i] as number;
  }
  const bits = tagNumbers(fd.BitsPerSample) ?? [8];
  const pixelBytes = bits.reduce((sum, b) => sum + b, 0) / 8;
  const rawBytes = image.getWidth() * image.getHeight() * pixelBytes;
  const compression = tagNumbers(fd.Compression)?.[0] ?? 1;
  if (compression === 1 && stored < rawBytes) {
    throw unreadable('NOT_GEOTIFF', `The TIFF holds ${stored} bytes of pixels where its size needs ${rawBytes}`);
  }
  if (stored * MAX_COMPRESSION_RATIO < rawBytes) {
    throw unreadable(
      'GEOTIFF_UNSUPPORTED_ENCODING',
      `${stored} compressed bytes cannot hold ${rawBytes} bytes of pixels`,
    );
  }
}

/** GDAL keeps noData as text in TIFF tag 42113 (GDAL_NODATA), e.g. "-9999", "nan", "-3.4e+38". */
function declaredNoData(image: GeoTIFFImage): number | null {
  const raw = (image.getFileDirectory() as { GDAL_NODATA?: unknown }).GDAL_NODATA;
  if (typeof raw !== 'string') return null;
  const text = raw.replace(/\0/g, '').trim();
  if (text === '') return null;
  return /^[-+]?nan$/i.test(text) ? Number.NaN : Number(text);
}

/** Band 1, or band 1 masked by an alpha band 2; any other second band is refused. */
function samplesToRead(image: GeoTIFFImage): { samples: number[]; alpha: boolean } {
  const bands = image.getSamplesPerPixel();
  if (bands === 1) return { samples: [0], alpha: false };
  // geotiff.js gives one value as a number and several as an array or typed array.
  const extra = (image.getFileDirectory() as { ExtraSamples?: ArrayLike<number> | number }).ExtraSamples;
  const firstExtra = typeof extra === 'number' ? extra : extra?.[0];
  if (bands === 2 && firstExtra !== undefined && ALPHA_SAMPLES.has(firstExtra)) return { samples: [0, 1], alpha: true };
  throw unreadable('GEOTIFF_MULTIBAND', `The raster has ${bands} bands; one band is needed`, { bands });
}

/** One sample (band) as Float32: block by block when the layout allows (read-band.ts), else geotiff.js's readRasters. */
async function readSample(image: GeoTIFFImage, sample: number): Promise<Float32Array> {
  const fast = await readBandFloat32(image, sample);
  if (fast) return fast;
  const [band] = (await image.readRasters({ interleave: false, samples: [sample] })) as unknown as ArrayLike<number>[];
  return band instanceof Float32Array ? band : new Float32Array(band as ArrayLike<number>);
}

/**
 * Reads a single-band GeoTIFF into a Float32 grid. Refuses (FILE_UNREADABLE
 * with a reason) what Cafetal cannot place or use: not a TIFF, no
 * georeference, rotated, more than one band (a second band that is alpha is
 * accepted and masks pixels as noData), a CRS `crsForCode` does not know,
 * more than MAX_RASTER_MEGAPIXELS, or no valid value at all. The file's
 * noData value and NaN both become NaN.
 */
export async function readGeoTiff(bytes: Uint8Array): Promise<RasterGrid> {
  if (bytes.length === 0) throw unreadable('EMPTY_FILE', 'The file is empty');
  if (!startsLikeTiff(bytes)) throw unreadable('NOT_GEOTIFF', 'The file does not start like a TIFF');
  let image: GeoTIFFImage;
  try {
    // geotiff.js copies every block it fetches, so a view over a whole buffer is handed over without a copy.
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    // NOTE: not `bytes.slice()`: on a Node Buffer that is a view of the same (pooled, 8 kB) memory, not a copy.
    const buffer = (whole ? bytes.buffer : Uint8Array.prototype.slice.call(bytes).buffer) as ArrayBuffer;
    image = await (await fromArrayBuffer(buffer)).getImage(0);
  } catch (error) {
    throw unreadable('NOT_GEOTIFF', `The TIFF structure cannot be read: ${describeError(error)}`);
  }
  const width = image.getWidth();
  const height = image.getHeight();
  const megapixels = (width * height) / 1e6;
  if (megapixels > MAX_RASTER_MEGAPIXELS) {
    throw unreadable('GEOTIFF_TOO_LARGE', `The raster has ${megapixels.toFixed(0)} Mpx`, {
      megapixels: Math.ceil(megapixels),
      maxMegapixels: MAX_RASTER_MEGAPIXELS,
    });
  }
  assertBlocksInFile(image, bytes.byteLength);
  const keys = (image.getGeoKeys() ?? {}) as GeoKeys;
  const geoTransform = georeference(image, keys);
  const [originX, pixelWidth, , originY, , pixelHeight] = geoTransform;
  if (!Number.isFinite(originX + width * pixelWidth) || !Number.isFinite(originY + height * pixelHeight)) {
    throw unreadable('GEOTIFF_NO_GEOREFERENCE', 'The raster extends beyond any coordinate');
  }
  const crsCode = crsCodeOf(keys);
  if (crsCode === null) throw unreadable('GEOTIFF_NO_CRS', 'The GeoTIFF names no coordinate system');
  if (!crsForCode(crsCode)) {
    throw unreadable('GEOTIFF_UNSUPPORTED_CRS', `EPSG:${crsCode} is not a supported CRS`, { code: crsCode });
  }
  const { samples, alpha } = samplesToRead(image);

  let bands: Float32Array[];
  try {
    bands = await Promise.all(samples.map((sample) => readSample(image, sample)));
  } catch (error) {
    throw unreadable('GEOTIFF_UNSUPPORTED_ENCODING', `The pixels cannot be decoded: ${describeError(error)}`);
  }
  const values = bands[0] as Float32Array;
  const noData = declaredNoData(image);
  const marker = noData !== null && !Number.isNaN(noData) ? Math.fround(noData) : Number.NaN;
  // ±Infinity is no measurement either (an overflowed float, a hostile file): it would make the range infinite.
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i] as number;
    if (v === marker || v === Infinity || v === -Infinity) values[i] = Number.NaN;
  }
  const mask = alpha ? bands[1] : undefined;
  if (mask) for (let i = 0; i < values.length; i += 1) if (mask[i] === 0) values[i] = Number.NaN;
  if (!values.some((v) => !Number.isNaN(v))) throw unreadable('GEOTIFF_ALL_NODATA', 'Every pixel is noData');

  return {
    width,
    height,
    values,
    geoTransform,
    crsCode,
    noData: noData !== null && Number.isFinite(noData) ? noData : null,
  };
}
