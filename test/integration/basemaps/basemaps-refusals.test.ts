import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { basemapsDir } from '../../../electron/core/basemaps/basemap-files.js';
import { solidPng, writeMbtiles } from '../../helpers/basemap-fixtures.js';
import { CAJAMARCA_BOX, rasterPmtiles } from '../../helpers/basemap-sets.js';
import { ok, tempCore } from '../../helpers/core.js';
import { writeGeoTiff } from '../../helpers/geotiff.js';
import { PMTILES_COMPRESSION, PMTILES_TILE_TYPE, writePmtiles } from '../../../scripts/tiles/pmtiles-writer.js';
import { tempDir } from '../../helpers/temp-dir.js';

/** Files a user might pick by mistake, each with the reason it is refused. */
function badFiles(dir: string): [string, string, string][] {
  const write = (name: string, bytes: Uint8Array | string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    return file;
  };
  const plainSqlite = path.join(dir, 'cafetal.sqlite');
  const db = new Database(plainSqlite);
  db.exec('CREATE TABLE plots (id TEXT)');
  db.close();
  const emptyMbtiles = path.join(dir, 'vacio.mbtiles');
  writeMbtiles(emptyMbtiles, [], { name: 'Vacío', format: 'png' });
  const lying = path.join(dir, 'miente.mbtiles');
  writeMbtiles(lying, [{ z: 5, x: 9, y: 16, bytes: solidPng([1, 2, 3]) }], { format: 'pbf' });
  const tile = { z: 4, x: 4, y: 8, bytes: solidPng([9, 9, 9]) };
  const pmtiles = (options: Partial<Parameters<typeof writePmtiles>[1]>) =>
    writePmtiles([tile], {
      tileType: PMTILES_TILE_TYPE.png,
      minZoom: 4,
      maxZoom: 4,
      bounds: CAJAMARCA_BOX,
      ...options,
    });
  const dem = writeGeoTiff({
    width: 4,
    height: 4,
    values: Array.from({ length: 16 }, (_, i) => 1800 + i),
    originX: -78.6,
    originY: -6.2,
    pixelWidth: 0.01,
    pixelHeight: -0.01,
    epsg: 4326,
  });
  return [
    [write('vacio.pmtiles', ''), 'FILE_UNREADABLE', 'EMPTY_FILE'],
    [write('notas.txt', 'no es un mapa'), 'FILE_UNREADABLE', 'UNKNOWN_FORMAT'],
    [plainSqlite, 'FILE_UNREADABLE', 'NOT_MBTILES'],
    [emptyMbtiles, 'FILE_UNREADABLE', 'NO_TILES'],
    [lying, 'FILE_UNREADABLE', 'UNSUPPORTED_TILE_FORMAT'],
    [write('v2.pmtiles', new Uint8Array([0x50, 0x4d, 2, 0, 0, 0, 0, 0, 0, 0])), 'FILE_UNREADABLE', 'PMTILES_VERSION'],
    [
      write('zstd.pmtiles', pmtiles({ internalCompression: PMTILES_COMPRESSION.zstd })),
      'FILE_UNREADABLE',
      'UNSUPPORTED_COMPRESSION',
    ],
    [
      write('avif.pmtiles', pmtiles({ tileType: PMTILES_TILE_TYPE.avif })),
      'FILE_UNREADABLE',
      'UNSUPPORTED_TILE_FORMAT',
    ],
    [write('dem.tif', dem), 'FILE_UNREADABLE', 'GEOTIFF_NOT_RGB'],
    [write('roto.tif', new Uint8Array([0x49, 0x49, 42, 0, 8, 0, 0, 0, 0, 0])), 'FILE_UNREADABLE', 'NOT_GEOTIFF'],
    [path.join(dir, 'no-existe.mbtiles'), 'NOT_FOUND', ''],
  ];
}

describe('basemaps: a bad, foreign or empty file is refused and leaves nothing behind', () => {
  it('refuses each with a reason, on inspect and on add, with no row and no file left', async () => {
    const core = await tempCore();
    const dir = tempDir();
    for (const [file, code, reason] of badFiles(dir)) {
      for (const procedure of ['basemaps.inspect', 'basemaps.add'] as const) {
        const result = await core.call(procedure, { source: { path: file } });
        const error = result.ok ? null : result.error;
        expect([path.basename(file), procedure, error?.code]).toEqual([path.basename(file), procedure, code]);
        if (reason) expect((error?.details as { reason?: string }).reason, path.basename(file)).toBe(reason);
      }
      const sent = fs.existsSync(file) ? fs.readFileSync(file).toString('base64') : '';
      if (sent) {
        const result = await core.call('basemaps.add', { source: { fileName: path.basename(file), dataBase64: sent } });
        expect(result.ok ? null : (result.error.details as { reason?: string }).reason).toBe(reason);
      }
    }
    expect((await ok(core, 'basemaps.list', {})).basemaps).toEqual([]);
    const folder = basemapsDir(core.context.dataDir);
    expect(fs.existsSync(folder) ? fs.readdirSync(folder) : []).toEqual([]);
    core.close();
  });

  it('a cancelled add leaves nothing behind', async () => {
    const core = await tempCore();
    const controller = new AbortController();
    const result = await core.call(
      'basemaps.add',
      { source: { path: rasterPmtiles(tempDir()) } },
      { signal: controller.signal, onProgress: () => controller.abort() },
    );
    expect(result.ok ? null : result.error.code).toBe('CANCELLED');
    expect(fs.readdirSync(basemapsDir(core.context.dataDir))).toEqual([]);
    core.close();
  });
});
