import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geodesicDistanceM } from '../../../shared/geo/geodesic.js';
import { crsForCode, toWgs84 } from '../../../electron/core/geo/crs.js';
import { readGeoTiff } from '../../../electron/core/raster/read-geotiff.js';
import { rasterInfo } from '../../../electron/core/raster/raster-files.js';
import { RasterReader } from '../../../electron/core/raster/raster-reader.js';
import { seededRandom } from '../../../electron/core/synthetic/random.js';
import { lonLatOf, lonLatPolygon, lonLatRectangle, planeValues, writeGeoTiff } from '../../helpers/geotiff.js';
import { tempDir } from '../../helpers/temp-dir.js';

const hasGdal = (() => {
  try {
    execFileSync('gdalinfo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/**
 * The synthetic DEM: UTM 17S (near Jaén), 30 m pixels, 100 × 80, origin
 * (750,000, 9,300,000). z = 1000 + 0.2·(x − 750,000): a 20 % slope. The pixel
 * in column c holds 1000 + 0.2·30·(c + 0.5) = 1003 + 6c.
 */
const X0 = 750_000;
const Y0 = 9_300_000;
const PX = 30;
const EPSG = 32717;
const planeAt = (x: number): number => 1000 + 0.2 * (x - X0);

async function readerFor(bytes: Uint8Array): Promise<RasterReader> {
  const grid = await readGeoTiff(bytes);
  return new RasterReader(grid, rasterInfo(grid));
}

const plane = (values: Float32Array = planeValues(100, 80, PX, 1000, 0.2), noData?: number) =>
  readerFor(
    writeGeoTiff({
      width: 100,
      height: 80,
      values,
      originX: X0,
      originY: Y0,
      pixelWidth: PX,
      pixelHeight: -PX,
      epsg: EPSG,
      ...(noData === undefined ? {} : { noData }),
    }),
  );

/** A rectangle given by pixel edges (columns c0…c1, rows r0…r1, edges included) as a lon/lat plot. */
const pixelRectangle = (c0: number, r0: number, c1: number, r1: number): Polygon =>
  lonLatRectangle(EPSG, X0 + c0 * PX, Y0 - r0 * PX, X0 + c1 * PX, Y0 - r1 * PX);

describe('RasterReader on a UTM 17S DEM', () => {
  it('gives the value of the pixel under a lon/lat, null outside', async () => {
    const dem = await plane();
    // x = 750,615 is the centre of column 20: 1000 + 0.2·615 = 1123.
    expect(dem.valueAt(...lonLatOf(EPSG, 750_615, 9_299_000))).toBeCloseTo(1123, 3);
    // Anywhere in column 20 (750,600…750,630) reads the same pixel.
    expect(dem.valueAt(...lonLatOf(EPSG, 750_601, 9_299_001))).toBeCloseTo(1123, 3);
    expect(dem.valueAt(...lonLatOf(EPSG, 750_629, 9_297_601))).toBeCloseTo(1123, 3);
    expect(dem.valueAt(...lonLatOf(EPSG, X0 - 10, Y0 - 10))).toBeNull();
    expect(dem.valueAt(...lonLatOf(EPSG, X0 + 10, Y0 + 10))).toBeNull();
  });

  it('averages the pixels whose centre is inside a square plot: the plane at its centre, 20 % slope', async () => {
    const dem = await plane();
    // Columns 20–22, rows 10–12: a 90 m square centred on x = 750,645.
    const stats = dem.zonalStats(pixelRectangle(20, 10, 23, 13), { slope: true });
    expect(stats?.pixelCount).toBe(9);
    expect(stats?.mean).toBeCloseTo(planeAt(750_645), 3); // 1129
    expect(stats?.min).toBeCloseTo(1123, 3);
    expect(stats?.max).toBeCloseTo(1135, 3);
    // Horn: dz/dx = (4·(z + 6) − 4·(z − 6)) / (8·30) = 0.2 → 20 %.
    expect(stats?.slopePct).toBeCloseTo(20, 3);
  });

  it('leaves slope out when not asked for', async () => {
    const dem = await plane();
    expect(dem.zonalStats(pixelRectangle(20, 10, 23, 13), { slope: false })?.slopePct).toBeNull();
  });

  it('counts a pixel whose centre is inside even when the plot covers only part of it', async () => {
    const dem = await plane();
    // From 10 m into column 20 to 10 m into column 22: centres of columns 20 (x 15 m in) and 21 inside.
    const plot = lonLatRectangle(EPSG, X0 + 610, Y0 - 310, X0 + 670, Y0 - 340);
    const stats = dem.zonalStats(plot, { slope: false });
    expect(stats?.pixelCount).toBe(2);
    expect(stats?.mean).toBeCloseTo((1123 + 1129) / 2, 3);
  });

  it('leaves holes out and counts each part of a MultiPolygon', async () => {
    const dem = await plane();
    const outer = pixelRectangle(10, 10, 15, 15).coordinates[0]!;
    const hole = pixelRectangle(12, 12, 13, 13).coordinates[0]!;
    const withHole: Polygon = { type: 'Polygon', coordinates: [outer, [...hole].reverse()] };
    const stats = dem.zonalStats(withHole, { slope: false });
    expect(stats?.pixelCount).toBe(24);
    // Symmetric hole in column 12: the mean stays at column 12's value, 1003 + 6·12.
    expect(stats?.mean).toBeCloseTo(1075, 3);
    const two: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [pixelRectangle(0, 0, 2, 2).coordinates, pixelRectangle(50, 50, 51, 51).coordinates],
    };
    const multi = dem.zonalStats(two, { slope: false });
    expect(multi?.pixelCount).toBe(5);
    expect(multi?.mean).toBeCloseTo((2 * 1003 + 2 * 1009 + 1303) / 5, 3);
    expect(multi?.min).toBeCloseTo(1003, 3);
    expect(multi?.max).toBeCloseTo(1303, 3);
  });

  it('uses the centroid pixel for a plot smaller than a pixel and for a point (pixelCount 0)', async () => {
    const dem = await plane();
    // 10 × 10 m inside pixel (30, 40), away from its centre (x +15, y −15).
    const tiny = lonLatRectangle(EPSG, X0 + 902, Y0 - 1202, X0 + 912, Y0 - 1212);
    const stats = dem.zonalStats(tiny, { slope: true });
    expect(stats).toMatchObject({ pixelCount: 0 });
    expect(stats?.mean).toBeCloseTo(1003 + 6 * 30, 3);
    expect(stats?.min).toBe(stats?.mean);
    expect(stats?.slopePct).toBeCloseTo(20, 3);
    const point = dem.zonalStats({ type: 'Point', coordinates: lonLatOf(EPSG, X0 + 905, Y0 - 1205) }, { slope: true });
    expect(point).toMatchObject({ pixelCount: 0 });
    expect(point?.mean).toBeCloseTo(1183, 3);
    expect(point?.slopePct).toBeCloseTo(20, 3);
  });

  it('returns null outside the raster, and counts only the part inside for a plot on its edge', async () => {
    const dem = await plane();
    const outside = lonLatRectangle(EPSG, X0 - 500, Y0 + 100, X0 - 200, Y0 + 400);
    expect(dem.zonalStats(outside, { slope: true })).toBeNull();
    expect(dem.zonalStats({ type: 'Point', coordinates: lonLatOf(EPSG, X0 - 5, Y0 - 5) }, { slope: false })).toBeNull();
    // Columns −2…1 of rows 5–6: only columns 0 and 1 exist; column 0 has no left neighbour for the slope.
    const edge = pixelRectangle(-2, 5, 2, 7);
    const stats = dem.zonalStats(edge, { slope: true });
    expect(stats?.pixelCount).toBe(4);
    expect(stats?.mean).toBeCloseTo((1003 + 1009) / 2, 3);
    expect(stats?.slopePct).toBeCloseTo(20, 3);
    expect(dem.zonalStats(pixelRectangle(-2, 5, 1, 7), { slope: true })?.slopePct).toBeNull();
  });

  it('skips noData pixels, and returns null over noData only', async () => {
    const values = planeValues(100, 80, PX, 1000, 0.2);
    // Column 21 is noData everywhere.
    for (let row = 0; row < 80; row += 1) values[row * 100 + 21] = -32768;
    const dem = await plane(values, -32768);
    const stats = dem.zonalStats(pixelRectangle(20, 10, 23, 13), { slope: true });
    expect(stats?.pixelCount).toBe(6);
    expect(stats?.mean).toBeCloseTo((1123 + 1135) / 2, 3);
    // Every pixel of the plot touches column 21 in its 3×3 window: no slope.
    expect(stats?.slopePct).toBeNull();
    expect(dem.zonalStats(pixelRectangle(21, 10, 22, 13), { slope: true })).toBeNull();
    expect(dem.valueAt(...lonLatOf(EPSG, X0 + 21.5 * PX, Y0 - 100))).toBeNull();
  });

  it.skipIf(!hasGdal)(
    'selects the same pixels as gdal_rasterize (pixel centres inside) for irregular plots',
    async () => {
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
    },
  );

  it.skipIf(!hasGdal)('matches gdaldem slope (percent) on an uneven surface', async () => {
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

describe('RasterReader on a PSAD56 / UTM 17S raster', () => {
  it('applies the datum shift: a pixel centre converted by crs.ts (checked against PROJ) reads that pixel', async () => {
    // Value = column + 1000·row, so a wrong pixel shows; the datum shift is ~300 m, ten pixels.
    const values = Float32Array.from({ length: 100 * 80 }, (_, i) => (i % 100) + 1000 * Math.floor(i / 100));
    const dem = await readerFor(
      writeGeoTiff({
        width: 100,
        height: 80,
        values,
        originX: X0,
        originY: Y0,
        pixelWidth: PX,
        pixelHeight: -PX,
        epsg: 24877,
      }),
    );
    for (const [col, row] of [
      [0, 0],
      [37, 12],
      [99, 79],
    ] as const) {
      const centre = toWgs84(
        { type: 'Point', coordinates: [X0 + (col + 0.5) * PX, Y0 - (row + 0.5) * PX] },
        crsForCode(24877)!,
      );
      const [lon, lat] = (centre as Point).coordinates as [number, number];
      expect(dem.valueAt(lon, lat)).toBe(col + 1000 * row);
    }
  });
});

describe('RasterReader on a geographic (EPSG:4326) DEM', () => {
  it('computes slope in metres from the ellipsoid: a 20 % plane measured with geodesics', async () => {
    // 0.0003° pixels (~33 m) around Cajamarca; z rises 0.2 m per geodesic metre east of −78.9°.
    const [west, north, step, width, height] = [-78.9, -7.1, 0.0003, 60, 60];
    const values = new Float32Array(width * height);
    for (let row = 0; row < height; row += 1) {
      const lat = north - (row + 0.5) * step;
      for (let col = 0; col < width; col += 1) {
        values[row * width + col] = 1000 + 0.2 * geodesicDistanceM([west, lat], [west + (col + 0.5) * step, lat]);
      }
    }
    const dem = await readerFor(
      writeGeoTiff({
        width,
        height,
        values,
        originX: west,
        originY: north,
        pixelWidth: step,
        pixelHeight: -step,
        epsg: 4326,
      }),
    );
    const plot = lonLatPolygon(4326, [
      [west + 20 * step, north - 20 * step],
      [west + 30 * step, north - 20 * step],
      [west + 30 * step, north - 30 * step],
      [west + 20 * step, north - 30 * step],
    ]);
    const stats = dem.zonalStats(plot, { slope: true });
    expect(stats?.pixelCount).toBe(100);
    expect(stats?.slopePct).toBeCloseTo(20, 2);
  });
});
