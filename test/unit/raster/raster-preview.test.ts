import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { rampColour } from '../../../shared/geo/colour-ramps.js';
import { readGeoTiff } from '../../../electron/core/raster/read-geotiff.js';
import { rasterInfo } from '../../../electron/core/raster/raster-files.js';
import { previewSampling, renderRasterPreview } from '../../../electron/core/raster/raster-preview.js';
import { RasterReader } from '../../../electron/core/raster/raster-reader.js';
import { planeValues, writeGeoTiff, type SyntheticGeoTiff } from '../../helpers/geotiff.js';

async function readerOf(opts: SyntheticGeoTiff): Promise<RasterReader> {
  const grid = await readGeoTiff(writeGeoTiff(opts));
  return new RasterReader(grid, rasterInfo(grid));
}

const alphaAt = (png: PNG, x: number, y: number): number => png.data[(y * png.width + x) * 4 + 3] as number;
const rgbAt = (png: PNG, x: number, y: number): number[] =>
  Array.from(png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3));

describe('renderRasterPreview', () => {
  it('draws a geographic raster at its own size, corners at its bounds, noData transparent', async () => {
    // 100 × 50 pixels of 0.01° west of −78°, value = column; the south-east quadrant is noData.
    const values = new Float32Array(100 * 50);
    for (let row = 0; row < 50; row += 1) {
      for (let col = 0; col < 100; col += 1) values[row * 100 + col] = row >= 25 && col >= 50 ? -1 : col;
    }
    const reader = await readerOf({
      width: 100,
      height: 50,
      values,
      originX: -79,
      originY: -5,
      pixelWidth: 0.01,
      pixelHeight: -0.01,
      epsg: 4326,
      noData: -1,
    });
    const preview = renderRasterPreview(reader, 'viridis');
    expect(preview.coordinates).toEqual([
      [-79, -5],
      [-78, -5],
      [-78, -5.5],
      [-79, -5.5],
    ]);
    const png = PNG.sync.read(preview.png);
    // Longest side = the raster's 100 columns; height by Web Mercator aspect: 1° of longitude over
    // y(−5°) − y(−5.5°) = 0.5°·sec(~5.25°) → 100 · 0.5 / cos 5.25° ≈ 50.2 → 50.
    expect([png.width, png.height]).toEqual([100, 50]);
    expect([preview.width, preview.height]).toEqual([100, 50]);
    expect(alphaAt(png, 0, 0)).toBe(255);
    expect(alphaAt(png, 99, 49)).toBe(0);
    expect(alphaAt(png, 49, 49)).toBe(255);
    // Column 0 holds the minimum, column 99 (north half) the maximum.
    expect(rgbAt(png, 0, 0)).toEqual(rampColour('viridis', 0));
    expect(rgbAt(png, 99, 0)).toEqual(rampColour('viridis', 1));
  });

  it('keeps to maxSize on the longest side', async () => {
    const reader = await readerOf({
      width: 100,
      height: 50,
      values: planeValues(100, 50, 0.01, 0, 1),
      originX: -79,
      originY: -5,
      pixelWidth: 0.01,
      pixelHeight: -0.01,
      epsg: 4326,
    });
    const png = PNG.sync.read(renderRasterPreview(reader, 'greys', { maxSize: 40 }).png);
    expect([png.width, png.height]).toEqual([40, 20]);
  });

  it('spaces preview rows evenly in Web Mercator, as MapLibre stretches image sources', async () => {
    // One column, 60 rows of 1° from the equator to 60°S: Mercator stretches the south.
    const reader = await readerOf({
      width: 1,
      height: 60,
      values: Array.from({ length: 60 }, (_, row) => row),
      originX: -79,
      originY: 0,
      pixelWidth: 1,
      pixelHeight: -1,
      epsg: 4326,
    });
    const { rows } = previewSampling(reader, 1, 60);
    // Mercator y of 60°S is −ln(tan 15°) = −1.3170; row j's centre is at y = −1.3170·(j + 0.5)/60,
    // latitude = atan(sinh y) (the Gudermannian), source row = −latitude in degrees.
    const yBottom = Math.log(Math.tan(Math.PI / 4 - Math.PI / 6));
    for (const j of [0, 10, 30, 45, 59]) {
      const lat = (Math.atan(Math.sinh((yBottom * (j + 0.5)) / 60)) * 180) / Math.PI;
      expect(rows[j]).toBeCloseTo(-lat, 4);
    }
    // Row 29 is at y = −0.6475, i.e. 34.75°S: the upper half of the preview covers 35°, not 30°.
    expect(Math.floor(rows[29]!)).toBe(34);
  });

  it('places every preview pixel of a UTM raster within 0.01 px of the exact transform', async () => {
    // 2,000 × 1,500 pixels of 30 m in UTM 17S (60 × 45 km).
    const reader = await readerOf({
      width: 2000,
      height: 1500,
      values: new Float32Array(2000 * 1500).fill(1),
      originX: 700_000,
      originY: 9_400_000,
      pixelWidth: 30,
      pixelHeight: -30,
      epsg: 32717,
    });
    const [width, height] = [2000, 1500];
    const { cols, rows } = previewSampling(reader, width, height);
    const [west, south, east, north] = reader.info.bounds;
    const yTop = Math.log(Math.tan(Math.PI / 4 + (north * Math.PI) / 360));
    const yBottom = Math.log(Math.tan(Math.PI / 4 + (south * Math.PI) / 360));
    let worst = 0;
    for (let k = 0; k < 500; k += 1) {
      const i = (k * 397) % width;
      const j = (k * 211) % height;
      const lon = west + ((i + 0.5) * (east - west)) / width;
      const lat = (Math.atan(Math.sinh(yTop - ((j + 0.5) * (yTop - yBottom)) / height)) * 180) / Math.PI;
      const [c, r] = reader.exactPixelOf(lon, lat);
      worst = Math.max(worst, Math.abs(c - cols[j * width + i]!), Math.abs(r - rows[j * width + i]!));
    }
    expect(worst).toBeLessThan(0.01);
  });

  it('leaves the corners outside a UTM grid transparent (the grid is tilted in lon/lat)', async () => {
    const reader = await readerOf({
      width: 200,
      height: 200,
      values: new Float32Array(200 * 200).fill(5),
      originX: 800_000,
      originY: 9_300_000,
      pixelWidth: 100,
      pixelHeight: -100,
      epsg: 32717,
    });
    const png = PNG.sync.read(renderRasterPreview(reader, 'elevation').png);
    // Mercator stretches north–south by 1/cos 6.3°: the preview is 199 × 200.
    expect([png.width, png.height]).toEqual([199, 200]);
    expect(alphaAt(png, 100, 100)).toBe(255);
    // East of zone 17's central meridian, grid north is turned clockwise: the bounds' corners miss it.
    const corners = [alphaAt(png, 0, 0), alphaAt(png, 198, 0), alphaAt(png, 0, 199), alphaAt(png, 198, 199)];
    expect(corners).toContain(0);
  });
});
