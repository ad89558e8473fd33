import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { basemapsDir } from '../../../electron/core/basemaps/basemap-files.js';
import { mvtLayerNames } from '../../../electron/core/basemaps/mvt-layers.js';
import { readBasemapTile } from '../../../electron/core/basemaps/read-basemap-tile.js';
import type { Core } from '../../../electron/core/create-core.js';
import { boundsOfTile, tileRangeOf } from '../../../shared/geo/web-mercator-tiles.js';
import { ok, tempCore } from '../../helpers/core.js';
import {
  CAJAMARCA_BOX,
  colourOfTile,
  pngPixel,
  rasterMbtiles,
  rasterPmtiles,
  vectorMbtiles,
  vectorPmtiles,
} from '../../helpers/basemap-sets.js';
import { tempDir } from '../../helpers/temp-dir.js';

const basemapFiles = (core: Core) =>
  fs.existsSync(basemapsDir(core.context.dataDir)) ? fs.readdirSync(basemapsDir(core.context.dataDir)) : [];

describe('basemaps: MBTiles and PMTiles imported into the data folder and served by tile', () => {
  it('inspects and adds a raster MBTiles: metadata read, file copied, tiles read with the TMS row flipped', async () => {
    const core = await tempCore();
    const file = rasterMbtiles(tempDir());
    const inspection = await ok(core, 'basemaps.inspect', { source: { path: file } });
    expect(inspection).toMatchObject({
      fileName: 'ortofoto_cajamarca.mbtiles',
      suggestedName: 'Ortofoto Cajamarca',
      conversion: null,
      facts: { kind: 'mbtiles-raster', format: 'png', minZoom: 5, maxZoom: 8, tileSize: 256, bounds: CAJAMARCA_BOX },
    });
    // The link is dropped: MapLibre would set the attribution as HTML.
    expect(inspection.facts.attribution).toBe('IGN Perú');
    expect(basemapFiles(core)).toEqual([]);

    const basemap = await ok(core, 'basemaps.add', { source: { path: file } });
    expect(basemap).toMatchObject({ name: 'Ortofoto Cajamarca', kind: 'mbtiles-raster', minZoom: 5, maxZoom: 8 });
    expect(basemap.fileName).toBe(`${basemap.id}.mbtiles`);
    expect(basemapFiles(core)).toEqual([basemap.fileName]);
    expect(basemap.sizeBytes).toBe(fs.statSync(file).size);

    // Tile 8/x/y holds colourOfTile(8, x, y): a row read without the TMS flip would have another green.
    const range = tileRangeOf(CAJAMARCA_BOX, 8);
    for (const [x, y] of [
      [range.minX, range.minY],
      [range.maxX, range.maxY],
    ] as const) {
      const tile = await readBasemapTile(core.context, basemap.id, 8, x, y);
      expect(tile?.contentType).toBe('image/png');
      expect(tile?.contentEncoding).toBeUndefined();
      expect(pngPixel(tile?.bytes as Uint8Array, 128, 128)).toEqual([...colourOfTile(8, x, y), 255]);
    }
    expect(await readBasemapTile(core.context, basemap.id, 8, range.maxX + 1, range.maxY)).toBeNull();
    expect(core.context.tiles.size).toBe(1);
    core.close();
  });

  it('computes zooms, bounds and format from the tiles when the MBTiles has no metadata table', async () => {
    const core = await tempCore();
    const basemap = await ok(core, 'basemaps.add', { source: { path: rasterMbtiles(tempDir(), null) } });
    expect(basemap).toMatchObject({ name: 'ortofoto_cajamarca', format: 'png', minZoom: 5, maxZoom: 8 });
    // The union of the zoom-8 tiles, which reach past the box to their own edges.
    const range = tileRangeOf(CAJAMARCA_BOX, 8);
    const [west, , , north] = boundsOfTile(8, range.minX, range.minY);
    const [, south, east] = boundsOfTile(8, range.maxX, range.maxY);
    expect(basemap.bounds[0]).toBeCloseTo(west, 9);
    expect(basemap.bounds[1]).toBeCloseTo(south, 9);
    expect(basemap.bounds[2]).toBeCloseTo(east, 9);
    expect(basemap.bounds[3]).toBeCloseTo(north, 9);
    expect(west).toBeLessThanOrEqual(CAJAMARCA_BOX[0]);
    expect(north).toBeGreaterThanOrEqual(CAJAMARCA_BOX[3]);
    core.close();
  });

  it('adds a gzipped vector MBTiles: layers from its json metadata or, without it, from the tiles', async () => {
    const core = await tempCore();
    const withJson = await ok(core, 'basemaps.add', { source: { path: vectorMbtiles(tempDir(), { json: true }) } });
    expect(withJson).toMatchObject({ kind: 'mbtiles-vector', format: 'pbf', tileSize: 512 });
    expect(withJson.vectorLayers).toEqual([{ id: 'cobertura', minZoom: 5, maxZoom: 8 }]);
    const sampled = await ok(core, 'basemaps.add', { source: { path: vectorMbtiles(tempDir(), { json: false }) } });
    expect(sampled.vectorLayers).toEqual([{ id: 'cobertura', minZoom: null, maxZoom: null }]);

    const range = tileRangeOf(CAJAMARCA_BOX, 6);
    const tile = await readBasemapTile(core.context, withJson.id, 6, range.minX, range.minY);
    expect(tile?.contentType).toBe('application/x-protobuf');
    expect(tile?.contentEncoding).toBe('gzip');
    expect(mvtLayerNames(gunzipSync(tile?.bytes as Uint8Array))).toEqual(['cobertura']);
    core.close();
  });

  it('adds raster and vector PMTiles read through the pmtiles package', async () => {
    const core = await tempCore();
    const raster = await ok(core, 'basemaps.add', { source: { path: rasterPmtiles(tempDir()) }, name: 'Relieve SRTM' });
    expect(raster).toMatchObject({
      name: 'Relieve SRTM',
      kind: 'pmtiles-raster',
      format: 'png',
      minZoom: 4,
      maxZoom: 7,
      attribution: 'Cafetal test',
    });
    expect(raster.fileName).toBe(`${raster.id}.pmtiles`);
    raster.bounds.forEach((value, i) => expect(value).toBeCloseTo(CAJAMARCA_BOX[i] as number, 6));
    const range = tileRangeOf(CAJAMARCA_BOX, 7);
    const tile = await readBasemapTile(core.context, raster.id, 7, range.minX, range.maxY);
    expect(pngPixel(tile?.bytes as Uint8Array, 10, 250)).toEqual([40, 120, 200, 255]);
    expect(await readBasemapTile(core.context, raster.id, 7, 0, 0)).toBeNull();

    const vector = await ok(core, 'basemaps.add', { source: { path: vectorPmtiles(tempDir()) } });
    expect(vector).toMatchObject({ kind: 'pmtiles-vector', format: 'pbf', vectorLayers: [{ id: 'cobertura' }] });
    const zoom5 = tileRangeOf(CAJAMARCA_BOX, 5);
    const vectorTile = await readBasemapTile(core.context, vector.id, 5, zoom5.minX, zoom5.minY);
    expect(vectorTile?.contentEncoding).toBeUndefined();
    expect(mvtLayerNames(vectorTile?.bytes as Uint8Array)).toEqual(['cobertura']);
    core.close();
  });

  it('adds a file sent as base64 (browser mode) and keeps only the stored copy', async () => {
    const core = await tempCore();
    const bytes = fs.readFileSync(rasterPmtiles(tempDir(), [250, 200, 0]));
    const basemap = await ok(core, 'basemaps.add', {
      source: { fileName: 'amarillo.pmtiles', dataBase64: bytes.toString('base64') },
    });
    expect(basemap.sourceFileName).toBe('amarillo.pmtiles');
    expect(basemapFiles(core)).toEqual([basemap.fileName]);
    expect(fs.readFileSync(path.join(basemapsDir(core.context.dataDir), basemap.fileName))).toEqual(bytes);
    core.close();
  });

  it('renames, activates, lists and removes; a removed active basemap leaves the built-in map active', async () => {
    const core = await tempCore();
    expect(await ok(core, 'basemaps.list', {})).toEqual({ active: 'builtin', hillshadeLayerId: null, basemaps: [] });
    const basemap = await ok(core, 'basemaps.add', { source: { path: rasterMbtiles(tempDir()) } });
    expect((await ok(core, 'basemaps.update', { id: basemap.id, name: 'Ortofoto 2024' })).name).toBe('Ortofoto 2024');
    const state = await ok(core, 'basemaps.setActive', { id: basemap.id });
    expect(state.active).toBe(basemap.id);
    expect(state.basemaps.map((b) => [b.name, b.minZoom, b.maxZoom])).toEqual([['Ortofoto 2024', 5, 8]]);
    const zoom5 = tileRangeOf(CAJAMARCA_BOX, 5);
    expect(await readBasemapTile(core.context, basemap.id, 5, zoom5.minX, zoom5.minY)).not.toBeNull();

    expect(await ok(core, 'basemaps.remove', { id: basemap.id })).toEqual({ removed: true });
    expect(basemapFiles(core)).toEqual([]);
    expect(core.context.tiles.size).toBe(0);
    expect(await ok(core, 'basemaps.list', {})).toEqual({ active: 'builtin', hillshadeLayerId: null, basemaps: [] });
    const again = await core.call('basemaps.setActive', { id: basemap.id });
    expect(again.ok ? null : again.error.code).toBe('NOT_FOUND');
    await expect(readBasemapTile(core.context, basemap.id, 5, 0, 0)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    core.close();
  });
});
