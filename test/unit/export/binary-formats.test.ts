import { describe, expect, it } from 'vitest';
import { dbfTable, utf8Prefix } from '../../../electron/core/export/dbf.js';
import { gpkgMultiPolygon, gpkgPoint } from '../../../electron/core/export/gpkg-geometry.js';
import { PLOT_ATTRIBUTES } from '../../../electron/core/export/plot-attributes.js';
import { SHAPE_POLYGON, shpAndShx } from '../../../electron/core/export/shp-binary.js';

describe('GeoPackage geometry blobs', () => {
  it('writes a point as "GP", version 0, little-endian flags, srs_id and WKB', () => {
    const blob = gpkgPoint([-78.9, -5.4], 4326);
    expect(blob.subarray(0, 4)).toEqual(Buffer.from([0x47, 0x50, 0x00, 0x01]));
    expect(blob.readInt32LE(4)).toBe(4326);
    expect(blob.readUInt8(8)).toBe(1); // WKB little endian
    expect(blob.readUInt32LE(9)).toBe(1); // Point
    expect([blob.readDoubleLE(13), blob.readDoubleLE(21)]).toEqual([-78.9, -5.4]);
    expect(blob).toHaveLength(29);
  });

  it('writes polygons as a MultiPolygon with an [minx, maxx, miny, maxy] envelope', () => {
    const ring = [
      [0, 0],
      [2, 0],
      [2, 1],
      [0, 0],
    ];
    const blob = gpkgMultiPolygon([[ring]], 4326, [0, 0, 2, 1]);
    expect(blob.readUInt8(3)).toBe(0b11);
    expect([0, 1, 2, 3].map((i) => blob.readDoubleLE(8 + 8 * i))).toEqual([0, 2, 0, 1]);
    expect(blob.readUInt32LE(41)).toBe(6); // MultiPolygon
    expect(blob.readUInt32LE(45)).toBe(1); // one polygon
    // header 8 + envelope 32 + multi 9 + polygon 9 + ring count 4 + 4 points × 16
    expect(blob).toHaveLength(8 + 32 + 9 + 9 + 4 + 64);
  });
});

describe('Shapefile and dBase', () => {
  it('gives every attribute a unique .dbf field name of at most 10 characters', () => {
    const names = PLOT_ATTRIBUTES.map((a) => a.dbfName);
    expect(names.every((name) => /^[a-z_]{1,10}$/.test(name))).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  it('cuts UTF-8 text at a character boundary', () => {
    expect(utf8Prefix('Peña', 3).toString('utf8')).toBe('Pe'); // ñ is 2 bytes: 3 would cut it
    expect(utf8Prefix('Peña', 4).toString('utf8')).toBe('Peñ');
  });

  it('writes a dBase III table with UTF-8 text and right-aligned numbers', () => {
    const table = dbfTable(
      [
        { name: 'name', kind: 'text' },
        { name: 'area_ha', kind: 'real', decimals: 4 },
      ],
      [
        ['Ñangalí', 1.5],
        [null, null],
      ],
    );
    expect(table.readUInt8(0)).toBe(3);
    expect(table.readUInt32LE(4)).toBe(2);
    const headerBytes = table.readUInt16LE(8);
    expect(headerBytes).toBe(32 + 64 + 1);
    const recordBytes = table.readUInt16LE(10);
    expect(recordBytes).toBe(1 + 9 + 19); // 'Ñangalí' is 9 bytes in UTF-8
    const first = table.subarray(headerBytes, headerBytes + recordBytes).toString('utf8');
    expect(first).toBe(` Ñangalí${'1.5000'.padStart(19)}`);
    expect(table.readUInt8(table.length - 1)).toBe(0x1a);
  });

  it('indexes .shp records in the .shx (offsets and lengths in 16-bit words)', () => {
    const square = [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ];
    const { shp, shx } = shpAndShx(SHAPE_POLYGON, [{ type: 'polygon', rings: [square] }]);
    const contentBytes = 44 + 4 + 16 * 5;
    expect(shp.readInt32BE(24) * 2).toBe(shp.length);
    expect(shp.length).toBe(100 + 8 + contentBytes);
    expect(shx.readInt32BE(100)).toBe(50);
    expect(shx.readInt32BE(104) * 2).toBe(contentBytes);
  });
});
