import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readGeoTiff } from '../../../electron/core/raster/read-geotiff.js';
import { rasterInfo } from '../../../electron/core/raster/raster-files.js';
import { RasterReader } from '../../../electron/core/raster/raster-reader.js';
import { seededRandom } from '../../../electron/core/synthetic/random.js';
import { lonLatOf, lonLatPolygon, lonLatRectangle, writeGeoTiff } from '../../helpers/geotiff.js';
import { tempDir } from '../../helpers/temp-dir.js';

/** GDAL as the reference (Debian's gdal-bin); skipped where it is not installed. */
const hasGdal = (() => {
  try {
    execFileSync('gdalinfo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** A 100 × 80 grid of 30 m pixels in UTM 17S, origin (750,000, 9,300,000). */
const X0 = 750_000;
const Y0 = 9_300_000;
const PX = 30;
const EPSG = 32717;

async function readerFor(bytes: Uint8Array): Promise<RasterReader> {
  const grid = await readGeoTiff(bytes);
  return new RasterReader(grid, rasterInfo(grid));
}

/** A rectangle given by pixel edges (columns c0…c1, rows r0…r1) as a lon/lat plot. */
const pixelRectangle = (c0: number, r0: number, c1: number, r1: number): Polygon =>
  lonLatRectangle(EPSG, X0 + c0 * PX, Y0 - r0 * PX, X0 + c1 * PX, Y0 - r1 * PX);

describe.skipIf(!hasGdal)('zonal statistics against GDAL', () => {
  it('selects the same pixels as gdal_rasterize (pixel centres inside) for irregular plots', async () => {
    // Every pixel a different value, so the mean tells the exact set apart.
    const values = Float32Array.from({ length: 100 * 80 }, (_, i) => i);
    const bytes = writeGeoTiff({
      width: 100,
      height: 80,
      values,
      originX: X0,
      originY: Y0,
      pixelWidth: PX,
      pixelHeight: -PX,
      epsg: EPSG,
    });
    const dem = await readerFor(bytes);
    const random = seededRandom(9);
    // Concave, turned, many-sided plots in UTM metres, one per 400 m cell; two with a hole.
    const plots: [number, number][][][] = [];
    for (let k = 0; k < 30; k += 1) {
      const cx = X0 + 200 + (k % 7) * 400;
      const cy = Y0 - 200 - Math.floor(k / 7) * 400;
      const sides = 5 + (k % 7);
      const outer = Array.from({ length: sides }, (_, v): [number, number] => {
        const angle = (v / sides) * 2 * Math.PI;
        const r = (80 + random() * 100) * (v % 2 ? 0.6 : 1);
        return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
      });
      // Off the pixel grid by 7 m, so no pixel centre lies exactly on its edges (a tie either rule may break).
      const hole: [number, number][] = [
        [cx - 18, cy - 18],
        [cx - 18, cy + 32],
        [cx + 32, cy + 32],
        [cx + 32, cy - 18],
      ];
      plots.push(k % 15 === 3 ? [outer, hole] : [outer]);
    }
    const dir = tempDir();
    const close = (ring: [number, number][]) => [...ring, ring[0]];
    const features = plots.map((rings, k) => ({
      type: 'Feature',
      properties: { burn: k + 1 },
      geometry: { type: 'Polygon', coordinates: rings.map(close) },
    }));
    fs.writeFileSync(
      path.join(dir, 'plots.geojson'),
      JSON.stringify({
        type: 'FeatureCollection',
        crs: { type: 'name', properties: { name: 'EPSG:32717' } },
        features,
      }),
    );
    execFileSync('gdal_rasterize', [
      '-q',
      '-a',
      'burn',
      '-ot',
      'Int16',
      '-init',
      '0',
      '-te',
      String(X0),
      String(Y0 - 80 * PX),
      String(X0 + 100 * PX),
      String(Y0),
      '-tr',
      String(PX),
      String(PX),
      path.join(dir, 'plots.geojson'),
      path.join(dir, 'mask.tif'),
    ]);
    const mask = await readGeoTiff(new Uint8Array(fs.readFileSync(path.join(dir, 'mask.tif'))));
    for (let k = 0; k < plots.length; k += 1) {
      let count = 0;
      let sum = 0;
      for (let i = 0; i < mask.values.length; i += 1) {
        if (mask.values[i] === k + 1) {
          count += 1;
          sum += i;
        }
      }
      const rings = plots[k]!.map((ring) => lonLatPolygon(EPSG, ring).coordinates[0]!);
      const stats = dem.zonalStats({ type: 'Polygon', coordinates: rings }, { slope: false });
      expect(stats?.pixelCount, `plot ${k}`).toBe(count);
      expect(stats?.mean, `plot ${k}`).toBeCloseTo(sum / count, 6);
    }
  });

  it('matches gdaldem slope (percent) on an uneven surface', async () => {
    // z = 1500 + 300·sin(x/400)·cos(y/300): slopes from 0 to ~125 %.
    const values = new Float32Array(100 * 80);
    for (let row = 0; row < 80; row += 1) {
      for (let col = 0; col < 100; col += 1) {
        const x = (col + 0.5) * PX;
        const y = (row + 0.5) * PX;
        values[row * 100 + col] = 1500 + 300 * Math.sin(x / 400) * Math.cos(y / 300);
      }
    }
    const bytes = writeGeoTiff({
      width: 100,
      height: 80,
      values,
      originX: X0,
      originY: Y0,
      pixelWidth: PX,
      pixelHeight: -PX,
      epsg: EPSG,
    });
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'dem.tif'), bytes);
    execFileSync('gdaldem', ['slope', '-q', '-p', path.join(dir, 'dem.tif'), path.join(dir, 'slope.tif')]);
    const gdalSlope = await readGeoTiff(new Uint8Array(fs.readFileSync(path.join(dir, 'slope.tif'))));
    const dem = await readerFor(bytes);
    // Columns 30–44, rows 20–34: mean of GDAL's slope over the same 225 pixels.
    let sum = 0;
    for (let row = 20; row < 35; row += 1)
      for (let col = 30; col < 45; col += 1) sum += gdalSlope.values[row * 100 + col]!;
    const stats = dem.zonalStats(pixelRectangle(30, 20, 45, 35), { slope: true });
    expect(stats?.pixelCount).toBe(225);
    expect(stats?.slopePct).toBeCloseTo(sum / 225, 3);
    // And pixel by pixel at a steep spot.
    const one = dem.zonalStats(
      { type: 'Point', coordinates: lonLatOf(EPSG, X0 + 10.5 * PX, Y0 - 40.5 * PX) },
      { slope: true },
    );
    expect(one?.slopePct).toBeCloseTo(gdalSlope.values[40 * 100 + 10]!, 3);
  });
});
