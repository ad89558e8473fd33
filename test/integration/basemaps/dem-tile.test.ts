import fs from 'node:fs';
import path from 'node:path';
import proj4 from 'proj4';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { decodeTerrarium, demTerrariumTile, encodeTerrarium } from '../../../electron/core/basemaps/dem-tile.js';
import { crsForCode } from '../../../electron/core/geo/crs.js';
import { latOfTileY, lonOfTileX, tileXOf, tileYOf } from '../../../shared/geo/web-mercator-tiles.js';
import { ok, tempCore } from '../../helpers/core.js';
import { writeGeoTiff } from '../../helpers/geotiff.js';
import { tempDir } from '../../helpers/temp-dir.js';
import type { Core } from '../../../electron/core/create-core.js';

/** Adds a DEM layer from a GeoTIFF written by the test helper. */
async function addDem(core: Core, tif: Uint8Array, hazard: 'elevation' | 'temperature' = 'elevation') {
  const file = path.join(tempDir(), 'dem.tif');
  fs.writeFileSync(file, tif);
  return ok(core, 'layers.add', { source: { path: file }, meta: { name: 'DEM', hazard, ramp: 'elevation' } });
}

/** Heights of every pixel of a Terrarium tile, in metres. */
function decodeTile(png: Buffer): (col: number, row: number) => number {
  const image = PNG.sync.read(png);
  expect([image.width, image.height]).toEqual([256, 256]);
  return (col, row) => {
    const o = (row * 256 + col) * 4;
    return decodeTerrarium(image.data[o] as number, image.data[o + 1] as number, image.data[o + 2] as number);
  };
}

/**
 * A 40 × 40 DEM of 0.025° cells from (−79.1625, −5.6375): 1,500 m + 25 m per
 * column east + 10 m per row south, a plane, so bilinear interpolation
 * between pixel centres gives exactly 1,500 + 25 (c − ½) + 10 (r − ½) at
 * fractional pixel position (c, r).
 */
const [X0, Y0, CELL] = [-79.1625, -5.6375, 0.025];
const planeDem = () =>
  writeGeoTiff({
    width: 40,
    height: 40,
    values: Array.from({ length: 1600 }, (_, i) => 1500 + 25 * (i % 40) + 10 * Math.floor(i / 40)),
    originX: X0,
    originY: Y0,
    pixelWidth: CELL,
    pixelHeight: -CELL,
    epsg: 4326,
  });

const pixelCentre = (z: number, x: number, y: number, col: number, row: number) => ({
  lon: lonOfTileX(x + (col + 0.5) / 256, z),
  lat: latOfTileY(y + (row + 0.5) / 256, z),
});

describe('hillshade: Terrarium tiles made on the fly from an elevation layer', () => {
  it('encodes and decodes heights to 1/256 m', () => {
    const out = new Uint8Array(3);
    for (const metres of [0, 1, 2050.5, 6768.25, -432.75, 2050.123]) {
      encodeTerrarium(metres, out, 0);
      expect(Math.abs(decodeTerrarium(out[0] as number, out[1] as number, out[2] as number) - metres)).toBeLessThan(
        1 / 256,
      );
    }
    encodeTerrarium(2050.5, out, 0);
    // 2050.5 + 32768 = 34818.5 = 136 × 256 + 2 + 128/256.
    expect([...out]).toEqual([136, 2, 128]);
  });

  it('puts each height where it lies: the plane read back at tile pixels, flat beyond the DEM', async () => {
    const core = await tempCore();
    const layer = await addDem(core, planeDem());
    const z = 9;
    const [x, y] = [Math.floor(tileXOf(-78.6, z)), Math.floor(tileYOf(-6.2, z))];
    const height = decodeTile(demTerrariumTile(core.context, layer.id, z, x, y) as Buffer);
    let checked = 0;
    let outsideCount = 0;
    for (let row = 8; row < 256; row += 31) {
      for (let col = 8; col < 256; col += 31) {
        const { lon, lat } = pixelCentre(z, x, y, col, row);
        const c = (lon - X0) / CELL;
        const r = (Y0 - lat) / CELL;
        // The plane is exact between pixel centres, the edge's height in the half pixel beyond them; outside the
        // DEM, halfway between its lowest (1,500 m) and highest (1,500 + 975 + 390 m) value.
        const inside = c >= 0 && c <= 40 && r >= 0 && r <= 40;
        const cc = Math.max(0.5, Math.min(39.5, c));
        const rr = Math.max(0.5, Math.min(39.5, r));
        const expected = inside ? 1500 + 25 * (cc - 0.5) + 10 * (rr - 0.5) : (1500 + 2865) / 2;
        expect(Math.abs(height(col, row) - expected), `(${col}, ${row})`).toBeLessThan(1 / 256 + 1e-6);
        checked += 1;
        if (!inside) outsideCount += 1;
      }
    }
    expect(checked).toBe(64);
    expect(outsideCount).toBeGreaterThan(0);
    // The map's centre (−78.6, −6.2) is the centre of pixel (22, 22): 1,500 + 550 + 220 = 2,270 m.
    const col = Math.floor((tileXOf(-78.6, z) - x) * 256);
    const row = Math.floor((tileYOf(-6.2, z) - y) * 256);
    expect(height(col, row)).toBeGreaterThan(2270 - 25);
    expect(height(col, row)).toBeLessThan(2270 + 25);
    // A tile far from the DEM has nothing to show.
    expect(demTerrariumTile(core.context, layer.id, z, 0, 0)).toBeNull();
    core.close();
  });

  it('reads a UTM 17S DEM through proj4', async () => {
    const core = await tempCore();
    // 100 × 100 cells of 90 m from E 700,000, N 9,320,000; height = 1,000 m + 0.1 × easting offset (a 10 % slope).
    const layer = await addDem(
      core,
      writeGeoTiff({
        width: 100,
        height: 100,
        values: Array.from({ length: 10_000 }, (_, i) => 1000 + 0.1 * ((i % 100) + 0.5) * 90),
        originX: 700_000,
        originY: 9_320_000,
        pixelWidth: 90,
        pixelHeight: -90,
        epsg: 32717,
      }),
    );
    const toUtm = proj4('EPSG:4326', crsForCode(32717)?.proj4 as string);
    const [lon0, lat0] = proj4(crsForCode(32717)?.proj4 as string, 'EPSG:4326').forward([704_500, 9_315_500]);
    const z = 12;
    const [x, y] = [Math.floor(tileXOf(lon0, z)), Math.floor(tileYOf(lat0, z))];
    const height = decodeTile(demTerrariumTile(core.context, layer.id, z, x, y) as Buffer);
    for (const [col, row] of [
      [30, 40],
      [128, 128],
      [200, 220],
    ] as const) {
      const { lon, lat } = pixelCentre(z, x, y, col, row);
      const [easting] = toUtm.forward([lon, lat]);
      const expected = 1000 + 0.1 * (easting - 700_000);
      // The pixel lattice (< 0.001 px) and Terrarium's 1/256 m.
      expect(Math.abs(height(col, row) - expected)).toBeLessThan(0.05);
    }
    core.close();
  });

  it('serves only elevation raster layers', async () => {
    const core = await tempCore();
    const temperature = await addDem(core, planeDem(), 'temperature');
    expect(() => demTerrariumTile(core.context, temperature.id, 9, 150, 264)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    const hillshade = await core.call('basemaps.setHillshade', { layerId: temperature.id });
    expect(hillshade.ok ? null : hillshade.error.details).toMatchObject({ reason: 'NOT_A_DEM' });
    const dem = await addDem(core, planeDem());
    expect((await ok(core, 'basemaps.setHillshade', { layerId: dem.id })).hillshadeLayerId).toBe(dem.id);
    await ok(core, 'layers.remove', { id: dem.id });
    expect((await ok(core, 'basemaps.list', {})).hillshadeLayerId).toBeNull();
    core.close();
  });
});
