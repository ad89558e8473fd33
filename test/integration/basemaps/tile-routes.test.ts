import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { mvtLayerNames } from '../../../electron/core/basemaps/mvt-layers.js';
import { parseTilePath } from '../../../electron/core/basemaps/tile-route.js';
import type { Core } from '../../../electron/core/create-core.js';
import { startHttpTransport } from '../../../electron/http/http-server.js';
import type { HttpTransport } from '../../../electron/http/http-server.js';
import { installStore, openWorkspaceStore } from '../../../electron/core/workspace/workspace.js';
import { tileRangeOf } from '../../../shared/geo/web-mercator-tiles.js';
import { CAJAMARCA_BOX, colourOfTile, pngPixel, rasterMbtiles, vectorMbtiles } from '../../helpers/basemap-sets.js';
import { ok, tempCore } from '../../helpers/core.js';
import { writeGeoTiff } from '../../helpers/geotiff.js';
import { tempDir } from '../../helpers/temp-dir.js';

let core: Core | undefined;
let transport: HttpTransport | undefined;
afterEach(async () => {
  await transport?.close();
  core?.close();
  transport = undefined;
  core = undefined;
});

async function start(): Promise<{ core: Core; t: HttpTransport }> {
  core = await tempCore();
  transport = await startHttpTransport(core, { port: 0, staticDir: tempDir() });
  return { core, t: transport };
}

const get = (t: HttpTransport, pathname: string, headers: Record<string, string> = {}) =>
  fetch(new URL(pathname, t.url), { headers });

describe('tile routes: GET /tiles/<basemapId>/<z>/<x>/<y> and /tiles/dem/<layerId>/<z>/<x>/<y>', () => {
  it('parses integers strictly and nothing else', () => {
    const id = '0b8f3f5e-4c1a-4b1e-9a34-2f1e6a9d7c10';
    expect(parseTilePath(`/tiles/${id}/8/74/132`)).toEqual({ kind: 'basemap', id, z: 8, x: 74, y: 132 });
    expect(parseTilePath(`/tiles/dem/${id}/0/0/0`)).toEqual({ kind: 'dem', id, z: 0, x: 0, y: 0 });
    for (const bad of [
      `/tiles/${id}/8/74`,
      `/tiles/${id}/8/74/132/1`,
      `/tiles/${id}/8/074/132`,
      `/tiles/${id}/8/-1/132`,
      `/tiles/${id}/8/74.0/132`,
      `/tiles/${id}/8/74/132.png`,
      `/tiles/${id}/8/256/0`,
      `/tiles/${id}/31/0/0`,
      `/tiles/${id}/8/1e2/0`,
      `/tiles/${id}/8/ 74/0`,
      '/tiles/not-a-uuid/0/0/0',
      `/tiles/dem/dem/${id}/0/0/0`,
      `/tiles/${id}//0/0`,
    ]) {
      expect(parseTilePath(bad), bad).toBeNull();
    }
  });

  it('serves raster and gzipped vector tiles, 204 for a missing tile, 404 for a bad path or unknown basemap', async () => {
    const { core: c, t } = await start();
    const raster = await ok(c, 'basemaps.add', { source: { path: rasterMbtiles(tempDir()) } });
    const vector = await ok(c, 'basemaps.add', { source: { path: vectorMbtiles(tempDir(), { json: true }) } });
    // The tile under the map's starting centre, which holds every feature.
    const { minX, minY } = tileRangeOf([-78.6, -6.2, -78.6, -6.2], 7);

    const png = await get(t, `/tiles/${raster.id}/7/${minX}/${minY}`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(png.headers.get('x-content-type-options')).toBe('nosniff');
    expect(pngPixel(new Uint8Array(await png.arrayBuffer()), 0, 0)).toEqual([...colourOfTile(7, minX, minY), 255]);

    // fetch() asks for gzip and unpacks it: the layer names come through either way.
    const pbf = await get(t, `/tiles/${vector.id}/7/${minX}/${minY}`);
    expect(pbf.status).toBe(200);
    expect(pbf.headers.get('content-type')).toBe('application/x-protobuf');
    expect(mvtLayerNames(new Uint8Array(await pbf.arrayBuffer()))).toEqual(['cobertura']);
    const raw = await new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
      const url = new URL(`/tiles/${vector.id}/7/${minX}/${minY}`, t.url);
      void import('node:http').then((http) =>
        http
          .get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
          })
          .on('error', reject),
      );
    });
    expect(raw.encoding).toBe('gzip');
    expect(mvtLayerNames(gunzipSync(raw.body))).toEqual(['cobertura']);
    const plain = await new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
      void import('node:http').then((http) =>
        http
          .get(new URL(`/tiles/${vector.id}/7/${minX}/${minY}`, t.url), (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
          })
          .on('error', reject),
      );
    });
    expect(plain.encoding).toBeUndefined();
    expect(mvtLayerNames(plain.body)).toEqual(['cobertura']);

    const missing = await get(t, `/tiles/${raster.id}/7/0/0`);
    expect([missing.status, (await missing.arrayBuffer()).byteLength]).toEqual([204, 0]);
    expect((await get(t, `/tiles/${raster.id}/7/0/00`)).status).toBe(404);
    expect((await get(t, '/tiles/0b8f3f5e-4c1a-4b1e-9a34-2f1e6a9d7c10/7/0/0')).status).toBe(404);
    expect((await get(t, '/tiles/')).status).toBe(404);
    expect((await fetch(new URL(`/tiles/${raster.id}/7/0/0`, t.url), { method: 'POST' })).status).toBe(405);
  });

  it('serves Terrarium PNGs for an elevation layer, 204 away from it', async () => {
    const { core: c, t } = await start();
    const file = path.join(tempDir(), 'dem.tif');
    fs.writeFileSync(
      file,
      writeGeoTiff({
        width: 20,
        height: 20,
        values: Array.from({ length: 400 }, () => 2000),
        originX: -78.8,
        originY: -6.0,
        pixelWidth: 0.02,
        pixelHeight: -0.02,
        epsg: 4326,
      }),
    );
    const dem = await ok(c, 'layers.add', { source: { path: file }, meta: { name: 'DEM', hazard: 'elevation' } });
    const { minX, minY } = tileRangeOf([-78.6, -6.2, -78.6, -6.2], 10);
    const tile = await get(t, `/tiles/dem/${dem.id}/10/${minX}/${minY}`);
    expect([tile.status, tile.headers.get('content-type')]).toEqual([200, 'image/png']);
    // 2,000 + 32,768 = 34,768 = 135 × 256 + 208.
    expect(pngPixel(new Uint8Array(await tile.arrayBuffer()), 100, 100)).toEqual([135, 208, 0, 255]);
    expect((await get(t, `/tiles/dem/${dem.id}/10/0/0`)).status).toBe(204);
    expect((await get(t, `/tiles/dem/${crypto.randomUUID()}/10/0/0`)).status).toBe(404);
  });

  it('answers 404 for a basemap whose file is gone (a row restored from another laptop)', async () => {
    const { core: c, t } = await start();
    const raster = await ok(c, 'basemaps.add', { source: { path: rasterMbtiles(tempDir()) } });
    fs.rmSync(path.join(c.context.dataDir, 'basemaps', raster.fileName));
    const { minX, minY } = tileRangeOf(CAJAMARCA_BOX, 6);
    expect((await get(t, `/tiles/${raster.id}/6/${minX}/${minY}`)).status).toBe(404);
  });

  it('closes open basemap files when the workspace swaps, and reads the new database for the next tile', async () => {
    const { core: c, t } = await start();
    const raster = await ok(c, 'basemaps.add', { source: { path: rasterMbtiles(tempDir()) } });
    const { minX, minY } = tileRangeOf(CAJAMARCA_BOX, 6);
    expect((await get(t, `/tiles/${raster.id}/6/${minX}/${minY}`)).status).toBe(200);
    expect(c.context.tiles.size).toBe(1);
    const other = tempDir();
    const previous = c.context.db;
    installStore(c.context, openWorkspaceStore(path.join(other, 'demo.sqlite')), {
      kind: 'demo',
      dbPath: path.join(other, 'demo.sqlite'),
      dataDir: other,
    });
    previous.close();
    expect(c.context.tiles.size).toBe(0);
    // The other workspace has no such basemap.
    expect((await get(t, `/tiles/${raster.id}/6/${minX}/${minY}`)).status).toBe(404);
  });
});
