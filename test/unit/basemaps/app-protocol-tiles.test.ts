/**
 * Basemap tiles over the desktop app's `app://` protocol, with the shell run
 * against a fake `electron` (test/helpers/fake-electron.ts), as
 * shell-security.test.ts does: the same core answer as browser mode's route.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningShell } from '../../../electron/shell/main.js';
import { mvtLayerNames } from '../../../electron/core/basemaps/mvt-layers.js';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/static/csp.js';
import { tileRangeOf } from '../../../shared/geo/web-mercator-tiles.js';
import { colourOfTile, pngPixel, rasterMbtiles, vectorMbtiles } from '../../helpers/basemap-sets.js';
import { fakeControl, fakeElectron } from '../../helpers/fake-electron.js';

vi.mock('electron', async () => (await import('../../helpers/fake-electron.js')).fakeElectron);

let tmp: string;
let shell: RunningShell;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-shell-tiles-'));
  fakeControl.paths.userData = path.join(tmp, 'userData');
  fakeControl.paths.appPath = path.join(tmp, 'app');
  fs.mkdirSync(path.join(tmp, 'app', 'dist', 'renderer'), { recursive: true });
  vi.stubEnv('CAFETAL_DB', '');
  const main = await import('../../../electron/shell/main.js');
  const started = await main.shellStarted;
  if (!started) throw new Error('The shell did not start.');
  shell = started;
});

afterAll(() => {
  fakeElectron.app.emit('will-quit');
  vi.unstubAllEnvs();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const fetchApp = (url: string): Promise<Response> => {
  const handler = fakeElectron.protocol.handlers.get('app');
  if (!handler) throw new Error('app:// is not handled');
  return handler(new Request(url));
};

async function add(file: string): Promise<string> {
  const result = await shell.core.call('basemaps.add', { source: { path: file } });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { id: string }).id;
}

describe('app://cafetal/tiles/…', () => {
  it('serves raster tiles, vector tiles unpacked, 204 for a missing tile and 404 for anything else', async () => {
    const raster = await add(rasterMbtiles(tmp));
    const vector = await add(vectorMbtiles(tmp, { json: true }));
    const { minX, minY } = tileRangeOf([-78.6, -6.2, -78.6, -6.2], 7);

    const png = await fetchApp(`app://cafetal/tiles/${raster}/7/${minX}/${minY}`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(png.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(pngPixel(new Uint8Array(await png.arrayBuffer()), 5, 5)).toEqual([...colourOfTile(7, minX, minY), 255]);

    const pbf = await fetchApp(`app://cafetal/tiles/${vector}/7/${minX}/${minY}`);
    expect(pbf.status).toBe(200);
    expect(pbf.headers.get('content-encoding')).toBeNull();
    expect(mvtLayerNames(new Uint8Array(await pbf.arrayBuffer()))).toEqual(['cobertura']);

    expect((await fetchApp(`app://cafetal/tiles/${raster}/7/0/0`)).status).toBe(204);
    expect((await fetchApp(`app://cafetal/tiles/${raster}/7/-1/0`)).status).toBe(404);
    expect((await fetchApp(`app://other/tiles/${raster}/7/${minX}/${minY}`)).status).toBe(404);
    expect((await fetchApp(`app://cafetal/tiles/${crypto.randomUUID()}/7/${minX}/${minY}`)).status).toBe(404);
  });
});
