import fc from 'fast-check';
import { geoTransformOf } from '../../../electron/core/raster/raster-grid.js';
import { writeGeoTiff } from '../../../electron/core/raster/write-geotiff.js';
import type { FuzzCase } from '../fuzz-types.js';
import { coordinateNumber } from './values.js';

/** Tags a TIFF can set to anything: compression codes, predictors, layouts, sample formats, declared sizes. */
const extraTag = fc.oneof(
  fc.record({ Compression: fc.constantFrom([1], [5], [8], [32773], [7], [34887], [50000], [999], [0]) }),
  fc.record({ Predictor: fc.constantFrom([1], [2], [3], [9]) }),
  fc.record({ PlanarConfiguration: fc.constantFrom([1], [2], [5]) }),
  fc.record({ BitsPerSample: fc.constantFrom([8], [16], [64], [1], [12], [0], [32, 32, 32]) }),
  fc.record({ SampleFormat: fc.constantFrom([1], [2], [3], [4], [9]) }),
  fc.record({ PhotometricInterpretation: fc.constantFrom([0], [2], [3], [6], [32844]) }),
  fc.record({ SamplesPerPixel: fc.constantFrom([0], [2], [3], [255]) }),
  fc.record({ RowsPerStrip: fc.constantFrom([0], [1], [0xffffffff]) }),
  fc.record({ StripOffsets: fc.constantFrom([0], [0xfffffff0], [5]) }),
  fc.record({ StripByteCounts: fc.constantFrom([0], [1], [0x7fffffff]) }),
  fc.record({ ExtraSamples: fc.constantFrom([0], [1], [2], [3]) }),
  fc.record({ GDAL_NODATA: fc.constantFrom('nan', '-inf', '1e999', 'abc', '', '\0', '-3.4028234663852886e+38') }),
  fc.record({ ModelTransformation: fc.array(coordinateNumber, { minLength: 0, maxLength: 16 }) }),
  fc.record({ ModelTiepoint: fc.array(coordinateNumber, { minLength: 0, maxLength: 12 }) }),
  fc.record({ ModelPixelScale: fc.array(coordinateNumber, { minLength: 0, maxLength: 3 }) }),
  fc.record({ GTModelTypeGeoKey: fc.constantFrom(0, 1, 2, 3, 32767) }),
  fc.record({ GTRasterTypeGeoKey: fc.constantFrom(0, 1, 2, 3) }),
  fc.record({ ProjectedCSTypeGeoKey: fc.constantFrom(32767, 32717, 0, 65535, 3857) }),
  fc.record({ ProjectionGeoKey: fc.constantFrom(16017, 16117, 16199, 0) }),
  fc.record({ GeographicTypeGeoKey: fc.constantFrom(4326, 4248, 32767, 0) }),
  // Declared sizes that the pixels do not fill: a tiny file claiming a huge raster.
  fc.record({ width: fc.constantFrom(0, 1, 65_535, 20_000), height: fc.constantFrom(0, 1, 19_000, 65_535) }),
);

const grid = fc
  .record({
    width: fc.integer({ min: 1, max: 40 }),
    height: fc.integer({ min: 1, max: 40 }),
    bands: fc.constantFrom(1, 1, 1, 2, 3),
  })
  .chain(({ width, height, bands }) =>
    fc.record({
      width: fc.constant(width),
      height: fc.constant(height),
      values: fc.array(
        fc.oneof(
          { weight: 8, arbitrary: fc.float({ min: -500, max: 5000, noNaN: true }) },
          { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -9999, 0) },
        ),
        {
          minLength: width * height * bands,
          maxLength: width * height * bands,
        },
      ),
    }),
  );

const georeference = fc.record({
  originX: fc.oneof(
    { weight: 3, arbitrary: fc.double({ min: -79.5, max: -78, noNaN: true }) },
    { weight: 1, arbitrary: coordinateNumber },
  ),
  originY: fc.oneof(
    { weight: 3, arbitrary: fc.double({ min: -7.5, max: -4.5, noNaN: true }) },
    { weight: 1, arbitrary: coordinateNumber },
  ),
  pixelWidth: fc.oneof(
    { weight: 3, arbitrary: fc.double({ min: 1e-5, max: 0.01, noNaN: true }) },
    { weight: 1, arbitrary: coordinateNumber },
  ),
  pixelHeight: fc.oneof(
    { weight: 3, arbitrary: fc.double({ min: -0.01, max: -1e-5, noNaN: true }) },
    { weight: 1, arbitrary: coordinateNumber },
  ),
  crsCode: fc.constantFrom(4326, 4326, 32717, 32718, 24877, 24878, 3857, 0, 32767, 4248, 99999),
  noData: fc.constantFrom(null, null, -9999, 0, Number.NaN, 1e38, -3.4e38),
});

/** Generated GeoTIFFs: random grids and georeferences, any CRS code, and tags that lie about layout, compression and size. */
export const generatedGeoTiff: fc.Arbitrary<FuzzCase> = fc
  .record({
    grid,
    georeference,
    tags: fc.array(extraTag, { maxLength: 3 }),
    fileName: fc.constantFrom('capa.tif', 'capa.tiff', 'capa.TIF', 'capa'),
  })
  .map(({ grid: g, georeference: geo, tags, fileName }) => {
    const extra = Object.assign({}, ...tags) as Record<string, unknown>;
    const describe = Object.keys(extra).join(', ') || 'plain';
    let bytes: Uint8Array;
    try {
      bytes = writeGeoTiff(
        {
          width: g.width,
          height: g.height,
          values: g.values,
          geoTransform: geoTransformOf(geo.originX, geo.originY, geo.pixelWidth, geo.pixelHeight),
          crsCode: geo.crsCode,
          noData: geo.noData,
        },
        extra,
      );
    } catch {
      // geotiff.js's writer refuses some tag values: the grid alone is still an input.
      bytes = writeGeoTiff({
        width: g.width,
        height: g.height,
        values: g.values,
        geoTransform: geoTransformOf(geo.originX, geo.originY, geo.pixelWidth, geo.pixelHeight),
        crsCode: geo.crsCode,
        noData: geo.noData,
      });
    }
    return {
      label: `generated GeoTIFF (${g.width}×${g.height}×${g.values.length / (g.width * g.height)}, EPSG:${geo.crsCode}, ${describe})`,
      fileName,
      bytes,
    };
  });
