import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors.js';
import { readGeoTiff } from '../../../electron/core/raster/read-geotiff.js';
import { RasterCache, openRaster } from '../../../electron/core/raster/raster-cache.js';
import {
  loadRasterFiles,
  rasterPaths,
  removeRasterFiles,
  saveRasterFiles,
} from '../../../electron/core/raster/raster-files.js';
import { lonLatOf, planeValues, writeGeoTiff } from '../../helpers/geotiff.js';
import { tempDir } from '../../helpers/temp-dir.js';

const utm = (base = 1000) => {
  const values = planeValues(40, 30, 30, base, 0.2);
  values[0] = -9999;
  return writeGeoTiff({
    width: 40,
    height: 30,
    values,
    originX: 750_000,
    originY: 9_300_000,
    pixelWidth: 30,
    pixelHeight: -30,
    epsg: 32717,
    noData: -9999,
  });
};

async function saved(dataDir: string, layerId: string, bytes = utm()) {
  return saveRasterFiles(dataDir, layerId, await readGeoTiff(bytes), bytes);
}

describe('raster files', () => {
  it('stores the original .tif, a Float32 .f32 and the grid header, and returns the RasterInfo', async () => {
    const dir = tempDir();
    const bytes = utm();
    const info = await saved(dir, 'L1', bytes);
    const paths = rasterPaths(dir, 'L1');
    expect(fs.readFileSync(paths.tif).equals(Buffer.from(bytes))).toBe(true);
    expect(fs.statSync(paths.f32).size).toBe(40 * 30 * 4);
    // Pixel (1, 0) is 1000 + 0.2·45 = 1009, little-endian at byte 4.
    expect(fs.readFileSync(paths.f32).readFloatLE(4)).toBe(1009);
    expect(Number.isNaN(fs.readFileSync(paths.f32).readFloatLE(0))).toBe(true);
    expect(JSON.parse(fs.readFileSync(paths.grid, 'utf8'))).toMatchObject({
      width: 40,
      height: 30,
      geoTransform: [750_000, 30, 0, 9_300_000, 0, -30],
      crsCode: 32717,
      noData: -9999,
    });
    // Column 0 is 1003 (pixel (0, 0) is noData but the rows below are not); column 39 is 1000 + 0.2·1185.
    expect(info).toMatchObject({ width: 40, height: 30, crsCode: 32717, noData: -9999, min: 1003, max: 1237 });
    // The bounds hold the grid's four corners.
    const corners = [
      lonLatOf(32717, 750_000, 9_300_000),
      lonLatOf(32717, 751_200, 9_300_000),
      lonLatOf(32717, 750_000, 9_299_100),
      lonLatOf(32717, 751_200, 9_299_100),
    ];
    const [west, south, east, north] = info.bounds;
    expect(west).toBeCloseTo(Math.min(...corners.map((c) => c[0])), 9);
    expect(east).toBeCloseTo(Math.max(...corners.map((c) => c[0])), 9);
    expect(south).toBeCloseTo(Math.min(...corners.map((c) => c[1])), 9);
    expect(north).toBeCloseTo(Math.max(...corners.map((c) => c[1])), 9);
    // No temporary files left behind.
    expect(fs.readdirSync(path.join(dir, 'layers')).sort()).toEqual(['L1.f32', 'L1.grid.json', 'L1.tif']);
  });

  it('loads back the same values, noData as NaN', async () => {
    const dir = tempDir();
    const bytes = utm();
    await saved(dir, 'L1', bytes);
    const { grid, info } = loadRasterFiles(dir, 'L1');
    expect(Array.from(grid.values)).toEqual(Array.from((await readGeoTiff(bytes)).values));
    expect(info.max).toBe(1237);
  });

  it('removes the files; opening afterwards is NOT_FOUND', async () => {
    const dir = tempDir();
    await saved(dir, 'L1');
    removeRasterFiles(dir, 'L1');
    expect(fs.readdirSync(path.join(dir, 'layers'))).toEqual([]);
    removeRasterFiles(dir, 'L1');
    const codeOf = (fn: () => unknown): string | null => {
      try {
        fn();
        return null;
      } catch (error) {
        return error instanceof ApiError ? error.code : 'not an ApiError';
      }
    };
    expect(codeOf(() => openRaster(dir, 'L1', new RasterCache()))).toBe('NOT_FOUND');
    expect(codeOf(() => loadRasterFiles(dir, 'L1'))).toBe('NOT_FOUND');
  });
});

describe('RasterCache', () => {
  it('keeps the most recently used rasters, evicting the least recently used', async () => {
    const dir = tempDir();
    for (const id of ['A', 'B', 'C']) await saved(dir, id);
    const cache = new RasterCache(2);
    const a = cache.open(dir, 'A');
    const b = cache.open(dir, 'B');
    expect(cache.open(dir, 'A')).toBe(a); // A is now the most recent
    cache.open(dir, 'C'); // evicts B
    expect(cache.size).toBe(2);
    expect(cache.open(dir, 'A')).toBe(a);
    expect(cache.open(dir, 'B')).not.toBe(b);
  });

  it('reloads a raster saved again under the same id, and forgets on invalidate', async () => {
    const dir = tempDir();
    await saved(dir, 'A');
    const cache = new RasterCache(3);
    const first = cache.open(dir, 'A');
    const point = lonLatOf(32717, 750_315, 9_299_500);
    expect(first.valueAt(...point)).toBeCloseTo(1063, 3);
    await saved(dir, 'A', utm(2000));
    const second = cache.open(dir, 'A');
    expect(second).not.toBe(first);
    expect(second.valueAt(...point)).toBeCloseTo(2063, 3);
    cache.invalidate('A');
    expect(cache.size).toBe(0);
    expect(cache.open(dir, 'A')).not.toBe(second);
  });
});
