import fs from 'node:fs';
import path from 'node:path';
import { PMTiles, TileType } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { LocalFileSource, decompress } from '../../../electron/core/basemaps/pmtiles-file.js';
import { solidPng } from '../../helpers/basemap-fixtures.js';
import { PMTILES_COMPRESSION, PMTILES_TILE_TYPE, writePmtiles } from '../../../scripts/tiles/pmtiles-writer.js';
import { tempDir } from '../../helpers/temp-dir.js';

describe('the test PMTiles writer, read back by the pmtiles package', () => {
  it.each([
    ['uncompressed directories', PMTILES_COMPRESSION.none],
    ['gzipped directories and metadata', PMTILES_COMPRESSION.gzip],
  ])('writes a header, a root directory and tiles that read back (%s)', async (_label, internalCompression) => {
    const red = solidPng([200, 30, 40]);
    const blue = solidPng([20, 40, 210]);
    const tiles = [
      { z: 2, x: 1, y: 2, bytes: red },
      { z: 2, x: 1, y: 1, bytes: blue },
      { z: 3, x: 2, y: 4, bytes: blue },
      { z: 0, x: 0, y: 0, bytes: red },
    ];
    const file = path.join(tempDir(), 'fixture.pmtiles');
    fs.writeFileSync(
      file,
      writePmtiles(tiles, {
        tileType: PMTILES_TILE_TYPE.png,
        internalCompression,
        minZoom: 0,
        maxZoom: 3,
        bounds: [-80.1, -7.2, -77.9, -4.9],
        metadata: { name: 'Prueba', attribution: 'IGN' },
      }),
    );
    const source = new LocalFileSource(file);
    const archive = new PMTiles(source, undefined, decompress);
    const header = await archive.getHeader();
    expect(header).toMatchObject({
      specVersion: 3,
      tileType: TileType.Png,
      minZoom: 0,
      maxZoom: 3,
      minLon: -80.1,
      minLat: -7.2,
      maxLon: -77.9,
      maxLat: -4.9,
      numAddressedTiles: 4,
      clustered: true,
    });
    expect(await archive.getMetadata()).toEqual({ name: 'Prueba', attribution: 'IGN' });
    for (const tile of tiles) {
      const got = await archive.getZxy(tile.z, tile.x, tile.y);
      expect(new Uint8Array(got?.data ?? new ArrayBuffer(0))).toEqual(tile.bytes);
    }
    expect(await archive.getZxy(2, 0, 0)).toBeUndefined();
    source.close();
  });

  it('puts 10,000 tiles in leaf directories when the root would not fit the first 16 KiB', async () => {
    const tiles = Array.from({ length: 10_000 }, (_, i) => ({
      z: 14,
      x: 4600 + (i % 100),
      y: 8450 + Math.floor(i / 100),
      bytes: new TextEncoder().encode(`tile ${i}`),
    }));
    const file = path.join(tempDir(), 'leaves.pmtiles');
    const bytes = writePmtiles(tiles, {
      tileType: PMTILES_TILE_TYPE.png,
      minZoom: 14,
      maxZoom: 14,
      bounds: [-79, -6, -78, -5],
    });
    fs.writeFileSync(file, bytes);
    // Root directory offset and length (header bytes 8 and 16): inside the first 16 KiB.
    const view = new DataView(bytes.buffer);
    expect(view.getUint32(8, true) + view.getUint32(16, true)).toBeLessThanOrEqual(16_384);
    expect(view.getUint32(48, true)).toBeGreaterThan(0);
    const source = new LocalFileSource(file);
    const archive = new PMTiles(source, undefined, decompress);
    for (const i of [0, 4095, 4096, 9999]) {
      const tile = tiles[i] as (typeof tiles)[number];
      const got = await archive.getZxy(14, tile.x, tile.y);
      expect(new TextDecoder().decode(got?.data)).toBe(`tile ${i}`);
    }
    source.close();
  });
});
