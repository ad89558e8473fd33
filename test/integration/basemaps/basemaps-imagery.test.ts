import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { basemapsDir } from '../../../electron/core/basemaps/basemap-files.js';
import { readBasemapTile } from '../../../electron/core/basemaps/read-basemap-tile.js';
import { crsForCode } from '../../../electron/core/geo/crs.js';
import type { Core } from '../../../electron/core/create-core.js';
import { tileXOf, tileYOf, tmsRow } from '../../../shared/geo/web-mercator-tiles.js';
import { writeRgbGeoTiff } from '../../helpers/basemap-fixtures.js';
import { pngPixel, pngPixels } from '../../helpers/basemap-sets.js';
import { ok, tempCore } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp-dir.js';

const RED = [220, 40, 40];
const GREEN = [40, 180, 60];
const BLUE = [40, 60, 200];
const YELLOW = [230, 210, 30];

/**
 * 400 × 400 px of 0.0005° (~55 m) from (−78.7, −6.1): four 200-px quadrants,
 * red north-west, green north-east, blue south-west, yellow south-east.
 */
const quadrants = () =>
  writeRgbGeoTiff({
    width: 400,
    height: 400,
    pixel: (col, row) => (row < 200 ? (col < 200 ? RED : GREEN) : col < 200 ? BLUE : YELLOW),
    originX: -78.7,
    originY: -6.1,
    pixelWidth: 0.0005,
    pixelHeight: 0.0005,
    epsg: 4326,
  });

/** The colour the basemap shows at a lon/lat at zoom z: the tile's pixel under it. */
async function colourAt(core: Core, id: string, z: number, lon: number, lat: number) {
  const fx = tileXOf(lon, z);
  const fy = tileYOf(lat, z);
  const tile = await readBasemapTile(core.context, id, z, Math.floor(fx), Math.floor(fy));
  if (!tile) return null;
  return pngPixel(tile.bytes, Math.floor((fx % 1) * 256), Math.floor((fy % 1) * 256));
}

const hasGdal = (() => {
  try {
    execFileSync('gdal_translate', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** GDAL's own MBTiles of the same file (gdal_translate -of MBTILES: its default zoom choice, bilinear). */
function gdalMbtiles(tif: string): { maxZoom: number; tile: (z: number, x: number, y: number) => Buffer | null } {
  const out = `${tif}.gdal.mbtiles`;
  execFileSync('gdal_translate', ['-q', '-of', 'MBTILES', tif, out]);
  const db = new Database(out, { readonly: true });
  const maxZoom = Number(
    (db.prepare("SELECT value FROM metadata WHERE name = 'maxzoom'").get() as { value: string }).value,
  );
  return {
    maxZoom,
    tile: (z, x, y) =>
      (
        db
          .prepare('SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?')
          .get(z, x, tmsRow(y, z)) as { tile_data: Buffer } | undefined
      )?.tile_data ?? null,
  };
}

describe('basemaps: GeoTIFF imagery tiled into a raster MBTiles at import', () => {
  it('tiles lon/lat imagery at the zoom closest to its pixels, colours where they belong at every zoom', async () => {
    const core = await tempCore();
    const tif = path.join(tempDir(), 'ortofoto_chirinos.tif');
    fs.writeFileSync(tif, quadrants());
    const inspection = await ok(core, 'basemaps.inspect', { source: { path: tif } });
    // 360° / 256 px / 0.0005° = 2,812 → log2 11.46 → zoom 11; the 400 px fit a tile two levels down, 2 more below.
    expect(inspection.facts).toMatchObject({ kind: 'geotiff', format: 'png', minZoom: 8, maxZoom: 11 });
    expect(inspection.conversion).toMatchObject({ widthPx: 400, heightPx: 400 });
    inspection.facts.bounds.forEach((v, i) => expect(v).toBeCloseTo([-78.7, -6.3, -78.5, -6.1][i] as number, 9));

    const progress: string[] = [];
    const result = await core.call(
      'basemaps.add',
      { source: { path: tif } },
      { onProgress: (event) => progress.push(event.stage) },
    );
    if (!result.ok) throw new Error(result.error.message);
    const basemap = result.value as { id: string; fileName: string; kind: string; name: string };
    expect(basemap).toMatchObject({ kind: 'geotiff', name: 'ortofoto_chirinos' });
    expect(basemap.fileName).toBe(`${basemap.id}.mbtiles`);
    expect(progress).toContain('tiles');
    expect(fs.readdirSync(basemapsDir(core.context.dataDir))).toEqual([basemap.fileName]);

    for (const z of [8, 10, 11]) {
      expect(await colourAt(core, basemap.id, z, -78.66, -6.14), `z${z} NW`).toEqual([...RED, 255]);
      expect(await colourAt(core, basemap.id, z, -78.54, -6.14), `z${z} NE`).toEqual([...GREEN, 255]);
      expect(await colourAt(core, basemap.id, z, -78.66, -6.26), `z${z} SW`).toEqual([...BLUE, 255]);
      expect(await colourAt(core, basemap.id, z, -78.54, -6.26), `z${z} SE`).toEqual([...YELLOW, 255]);
    }
    // Outside the image: transparent within a tile, or no tile at all.
    const outside = await colourAt(core, basemap.id, 11, -78.72, -6.2);
    expect(outside === null || outside[3] === 0).toBe(true);
    core.close();
  });

  it.skipIf(!hasGdal)('chooses the same deepest zoom as gdal_translate -of MBTILES, and the same pixels', async () => {
    const core = await tempCore();
    const tif = path.join(tempDir(), 'cuadrantes.tif');
    fs.writeFileSync(tif, quadrants());
    const gdal = gdalMbtiles(tif);
    const basemap = await ok(core, 'basemaps.add', { source: { path: tif } });
    expect(basemap.maxZoom).toBe(gdal.maxZoom);
    const z = basemap.maxZoom;
    const [x, y] = [Math.floor(tileXOf(-78.6, z)), Math.floor(tileYOf(-6.2, z))];
    const ours = pngPixels((await readBasemapTile(core.context, basemap.id, z, x, y))?.bytes as Uint8Array);
    const theirs = pngPixels(gdal.tile(z, x, y) as Buffer);
    let compared = 0;
    let same = 0;
    for (let row = 0; row < 256; row += 4) {
      for (let col = 0; col < 256; col += 4) {
        const a = ours(col, row);
        const b = theirs(col, row);
        if (a[3] !== 255 || b[3] !== 255) continue;
        compared += 1;
        if (a.every((v, i) => Math.abs(v - (b[i] as number)) <= 2)) same += 1;
      }
    }
    // Pixels differ only along the quadrant edges, where the two resamplers blend slightly differently.
    expect(compared).toBeGreaterThan(2000);
    expect(same / compared).toBeGreaterThan(0.97);
    core.close();
  });

  it('tiles UTM 17S imagery through proj4: each half where it lies', async () => {
    const core = await tempCore();
    const tif = path.join(tempDir(), 'dron_utm17s.tif');
    // 200 × 200 px of 10 m from E 740,000, N 9,316,000 (near Jaén): orange west half, purple east half.
    fs.writeFileSync(
      tif,
      writeRgbGeoTiff({
        width: 200,
        height: 200,
        pixel: (col) => (col < 100 ? [240, 140, 20] : [120, 40, 160]),
        originX: 740_000,
        originY: 9_316_000,
        pixelWidth: 10,
        pixelHeight: 10,
        epsg: 32717,
      }),
    );
    const basemap = await ok(core, 'basemaps.add', { source: { path: tif } });
    // 156,543 m × cos(5.8°) / 10 m = 15,574 → log2 13.93 → zoom 14.
    expect(basemap.maxZoom).toBe(14);
    const toLonLat = proj4(crsForCode(32717)?.proj4 as string, 'EPSG:4326');
    const [westLon, westLat] = toLonLat.forward([740_500, 9_315_000]);
    const [eastLon, eastLat] = toLonLat.forward([741_500, 9_315_000]);
    expect(await colourAt(core, basemap.id, 14, westLon, westLat)).toEqual([240, 140, 20, 255]);
    expect(await colourAt(core, basemap.id, 14, eastLon, eastLat)).toEqual([120, 40, 160, 255]);
    core.close();
  });

  it('a cancelled conversion leaves no row and no file', async () => {
    const core = await tempCore();
    const tif = path.join(tempDir(), 'cancelada.tif');
    fs.writeFileSync(tif, quadrants());
    const controller = new AbortController();
    const result = await core.call(
      'basemaps.add',
      { source: { path: tif } },
      { signal: controller.signal, onProgress: (event) => event.stage === 'decode' && controller.abort() },
    );
    expect(result.ok ? null : result.error.code).toBe('CANCELLED');
    expect(fs.readdirSync(basemapsDir(core.context.dataDir))).toEqual([]);
    expect((await ok(core, 'basemaps.list', {})).basemaps).toEqual([]);
    core.close();
  });
});
