import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { basemapsDir } from '../../../electron/core/basemaps/basemap-files.js';
import { readBasemapTile } from '../../../electron/core/basemaps/read-basemap-tile.js';
import { tileRangeOf } from '../../../shared/geo/web-mercator-tiles.js';
import { ok, tempCore } from '../../helpers/core.js';
import { colourOfTile, pngPixel, rasterMbtiles } from '../../helpers/basemap-sets.js';
import { tempDir } from '../../helpers/temp-dir.js';

describe('the demo shows the laptop’s basemaps and cannot remove them', () => {
  it('lists and serves the organisation’s basemaps in the demo, refuses changes there, keeps the file', async () => {
    const core = await tempCore();
    const basemap = await ok(core, 'basemaps.add', { source: { path: rasterMbtiles(tempDir()) } });
    await ok(core, 'basemaps.setActive', { id: basemap.id });
    const files = fs.readdirSync(basemapsDir(core.dir));

    await ok(core, 'demo.load', {});
    expect(core.context.workspace.kind).toBe('demo');
    const inDemo = await ok(core, 'basemaps.list', {});
    expect(inDemo.basemaps.map((b) => b.name)).toEqual([basemap.name]);
    expect(inDemo.active).toBe(basemap.id);
    // A tile from the organisation's data folder, through the demo's row.
    const range = tileRangeOf(basemap.bounds, basemap.minZoom);
    const tile = await readBasemapTile(core.context, basemap.id, basemap.minZoom, range.minX, range.minY);
    expect(pngPixel(tile!.bytes, 10, 10).slice(0, 3)).toEqual(colourOfTile(basemap.minZoom, range.minX, range.minY));

    for (const [name, input] of [
      ['basemaps.remove', { id: basemap.id }],
      ['basemaps.update', { id: basemap.id, name: 'Otro nombre' }],
    ] as const) {
      const refused = await core.call(name, input);
      expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'DEMO_OPEN' } } });
    }
    expect(fs.readdirSync(basemapsDir(core.dir))).toEqual(files);

    // A reset shares them again; leaving finds them as they were.
    await ok(core, 'demo.reset', {});
    expect((await ok(core, 'basemaps.list', {})).basemaps).toHaveLength(1);
    await ok(core, 'demo.leave', {});
    const back = await ok(core, 'basemaps.list', {});
    expect(back.basemaps.map((b) => b.name)).toEqual([basemap.name]);
    expect(back.active).toBe(basemap.id);
    core.close();
  });
});
