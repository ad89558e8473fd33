import fs from 'node:fs';
import path from 'node:path';
import { PMTiles, TileType } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { LocalFileSource, decompress } from '../../../electron/core/basemaps/pmtiles-file.js';
import { solidPng } from '../../helpers/basemap-fixtures.js';
import { PMTILES_COMPRESSION, PMTILES_TILE_TYPE, writePmtiles } from '../../helpers/pmtiles-writer.js';
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
});
