import type { MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geodesicDistanceM } from '../../../shared/geo/geodesic.js';
import { crsForCode, toWgs84 } from '../../../electron/core/geo/crs.js';
import { readGeoTiff } from '../../../electron/core/raster/read-geotiff.js';
import { rasterInfo } from '../../../electron/core/raster/raster-files.js';
import { RasterReader } from '../../../electron/core/raster/raster-reader.js';
import { lonLatOf, lonLatPolygon, lonLatRectangle, planeValues, writeGeoTiff } from '../../helpers/geotiff.js';

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
