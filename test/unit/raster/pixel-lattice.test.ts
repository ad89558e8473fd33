import { describe, expect, it } from 'vitest';
import { MAX_LATTICE_ERROR_PX, PixelLattice } from '../../../electron/core/raster/pixel-lattice.js';
import { readGeoTiff } from '../../../electron/core/raster/read-geotiff.js';
import { rasterInfo } from '../../../electron/core/raster/raster-files.js';
import { RasterReader } from '../../../electron/core/raster/raster-reader.js';
import { seededRandom } from '../../../electron/core/synthetic/random.js';
import { writeGeoTiff } from '../../helpers/geotiff.js';

/** A 150 km square raster (5,000 px of 30 m, values not read) in the given CRS. */
async function bigReader(epsg: number, originX: number, originY: number): Promise<RasterReader> {
  const grid = await readGeoTiff(
    writeGeoTiff({
      width: 500,
      height: 500,
      values: new Float32Array(500 * 500).fill(1),
      originX,
      originY,
      pixelWidth: 300,
      pixelHeight: -300,
      epsg,
    }),
  );
  return new RasterReader(grid, rasterInfo(grid));
}

describe('PixelLattice', () => {
  for (const [epsg, label] of [
    [32717, 'WGS 84 / UTM 17S'],
    [24877, 'PSAD56 / UTM 17S (with its datum shift)'],
    [32718, 'WGS 84 / UTM 18S'],
  ] as const) {
    it(`places lon/lat within ${MAX_LATTICE_ERROR_PX} px of proj4 over a 150 km ${label} raster`, async () => {
      const reader = await bigReader(epsg, 680_000, 9_400_000);
      const [west, south, east, north] = reader.info.bounds;
      const random = seededRandom(3);
      const out = new Float64Array(2);
      let worst = 0;
      for (let k = 0; k < 5_000; k += 1) {
        // Also a little beyond the bounds, where plots on the raster's edge have vertices.
        const lon = west - 0.1 + random() * (east - west + 0.2);
        const lat = south - 0.1 + random() * (north - south + 0.2);
        reader.toPixel(lon, lat, out);
        const [c, r] = reader.exactPixelOf(lon, lat);
        worst = Math.max(worst, Math.abs(c - out[0]!), Math.abs(r - out[1]!));
      }
      expect(worst).toBeLessThan(MAX_LATTICE_ERROR_PX);
    });
  }

  it('refines itself until the measured error is under the limit', () => {
    // A deliberately curved mapping: the error at a cell centre is h²/8 · 10 (h = 11° / cells), under 0.001 px from 512 cells.
    const curved = new PixelLattice((lon, lat) => [lon * lon * 5, lat], [0, 0, 10, 10]);
    expect(curved.cells).toBe(512);
    expect(curved.maxErrorPx).toBeLessThanOrEqual(MAX_LATTICE_ERROR_PX);
    expect(curved.accurate).toBe(true);
  });

  it('falls back to the exact transform when no lattice is accurate enough', () => {
    const wild = new PixelLattice((lon, lat) => [Math.sin(lon * 1000) * 100, lat], [0, 0, 10, 10]);
    expect(wild.accurate).toBe(false);
    const out = new Float64Array(2);
    wild.toPixel(3.21, 4, out);
    expect(out[0]).toBe(Math.sin(3210) * 100);
  });
});
