import { writeArrayBuffer } from 'geotiff';
import type { RasterGrid } from './raster-grid.js';

/** geotiff.js's writer reserves this many bytes for the header and puts the single strip right after. */
const HEADER_BYTES = 1000;

/** What the writer needs: a grid whose values may hold several bands, pixel-interleaved. */
export type GeoTiffContent = Pick<RasterGrid, 'width' | 'height' | 'geoTransform' | 'crsCode' | 'noData'> & {
  values: Float32Array | readonly number[];
};

/**
 * An uncompressed Float32 GeoTIFF of a grid (the inverse of readGeoTiff): for
 * synthetic data in tests and benchmarks, and derived rasters. geotiff.js's
 * `writeArrayBuffer` encodes the tags and GeoKeys, but it writes every
 * sample as one byte (`new Uint8Array(values)`), so its strip is dropped and
 * the samples are appended here as big-endian float32 (the header says "MM").
 * `extraTags` adds or overrides geotiff.js metadata by name (e.g.
 * `ExtraSamples`, `ModelTransformation`). GDAL reads the result as a
 * georeferenced Float32 raster (test/unit/raster/read-geotiff.test.ts).
 */
export function writeGeoTiff(content: GeoTiffContent, extraTags: Record<string, unknown> = {}): Uint8Array {
  const { width, height, values } = content;
  const bands = Math.max(1, Math.round(values.length / (width * height)));
  const count = width * height * bands;
  if (values.length !== count) throw new Error(`${values.length} values do not fill ${width} × ${height} pixels`);
  const [originX, pixelWidth, , originY, , pixelHeight] = content.geoTransform;
  const geographic = content.crsCode === 4326;
  const metadata: Record<string, unknown> = {
    width,
    height,
    BitsPerSample: Array.from({ length: bands }, () => 32),
    SampleFormat: Array.from({ length: bands }, () => 3), // IEEE float
    SamplesPerPixel: [bands],
    StripByteCounts: [count * 4],
    PhotometricInterpretation: [1], // BlackIsZero
    ModelPixelScale: [pixelWidth, -pixelHeight, 0],
    ModelTiepoint: [0, 0, 0, originX, originY, 0],
    GTModelTypeGeoKey: geographic ? 2 : 1,
    GTRasterTypeGeoKey: 1, // PixelIsArea
    ...(geographic ? { GeographicTypeGeoKey: 4326 } : { ProjectedCSTypeGeoKey: content.crsCode }),
    ...(content.noData === null ? {} : { GDAL_NODATA: String(content.noData) }),
    ...extraTags,
  };
  // Only the header is kept, so one dummy sample is enough to drive the writer.
  const written = new Uint8Array(writeArrayBuffer([0], metadata) as ArrayBuffer);
  const out = new Uint8Array(HEADER_BYTES + count * 4);
  out.set(written.subarray(0, HEADER_BYTES));
  const view = new DataView(out.buffer);
  for (let i = 0; i < count; i += 1) view.setFloat32(HEADER_BYTES + i * 4, values[i] as number, false);
  return out;
}
