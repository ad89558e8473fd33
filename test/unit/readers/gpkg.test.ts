import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geometryOf, readGeoPackage } from '../../../electron/core/import/readers/gpkg.js';
import { decodeWkb } from '../../../electron/core/import/readers/wkb.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { expectUnreadable, fixturesDir, gdal } from './reader-helpers.js';

const provinces = path.join(fixturesDir, 'admin', 'cajamarca_provincias.geojson');

/** A GeoPackage written by GDAL from the given sources, one layer each. */
function gpkgFrom(...layers: { source: string; name: string; extra?: string[] }[]): {
  file: string;
  bytes: Uint8Array;
} {
  const file = path.join(tempDir(), 'out.gpkg');
  for (const [i, layer] of layers.entries()) {
    gdal('ogr2ogr', [
      '-f',
      'GPKG',
      ...(i > 0 ? ['-update'] : []),
      '-nln',
      layer.name,
      ...(layer.extra ?? []),
      file,
      layer.source,
    ]);
  }
  return { file, bytes: new Uint8Array(fs.readFileSync(file)) };
}

/** A GeoPackage geometry blob around standard WKB: "GP", version 0, flags, srs_id, envelope. */
function gpBlob(wkb: Uint8Array, flags: number, envelopeBytes = 0): Uint8Array {
  const header = new Uint8Array(8 + envelopeBytes);
  header.set([0x47, 0x50, 0, flags, 0xe6, 0x10, 0, 0]);
  return new Uint8Array([...header, ...wkb]);
}

const pointWkb = (x: number, y: number, littleEndian = true): Uint8Array => {
  const view = new DataView(new ArrayBuffer(21));
  view.setUint8(0, littleEndian ? 1 : 0);
  view.setUint32(1, 1, littleEndian);
  view.setFloat64(5, x, littleEndian);
  view.setFloat64(13, y, littleEndian);
  return new Uint8Array(view.buffer);
};

describe('GeoPackage reader', () => {
  it('reads the provinces written by ogr2ogr: same attributes and coordinates as the GeoJSON, EPSG:4326', () => {
    const { file, bytes } = gpkgFrom({ source: provinces, name: 'provincias' });
    const source = readGeoPackage(bytes);
    const original = JSON.parse(fs.readFileSync(provinces, 'utf8')) as FeatureCollection<Polygon>;
    expect(source.format).toBe('gpkg');
    expect(source.crs).toEqual({ kind: 'epsg', code: 4326 });
    expect(source.features).toHaveLength(13);
    expect(source.warnings).toEqual([]);
    expect(source.features[0]?.layer).toBeUndefined();
    source.features.forEach((feature, i) => {
      expect(feature.geometry).toEqual(original.features[i]?.geometry);
      expect(feature.properties.NOMBPROV).toBe(original.features[i]?.properties?.NOMBPROV);
    });
    // The fid primary key is GDAL's FID, not a column.
    expect(source.columns).not.toContain('fid');
    expect(source.columns).toEqual(Object.keys(original.features[0]?.properties ?? {}));
    // ogrinfo agrees on the first vertex of the first province.
    const info = gdal('ogrinfo', ['-ro', '-q', '-fid', '1', file, 'provincias']);
    const [x, y] = (source.features[0]?.geometry as Polygon).coordinates[0]?.[0] ?? [];
    expect(info).toContain(`POLYGON ((${x} ${y}`);
  });

  it('reads the UTM 17S districts as EPSG:32717', () => {
    const zip = path.join(fixturesDir, 'admin', 'cajamarca_distritos_utm17s.zip');
    const { bytes } = gpkgFrom({ source: `/vsizip/${zip}/cajamarca_distritos_utm17s.shp`, name: 'distritos' });
    const source = readGeoPackage(bytes);
    expect(source.crs).toEqual({ kind: 'epsg', code: 32717 });
    expect(source.features).toHaveLength(127);
    const [easting, northing] = (source.features[0]?.geometry as Polygon).coordinates[0]?.[0] ?? [];
    expect(easting).toBeGreaterThan(600_000);
    expect(northing).toBeGreaterThan(9_000_000);
  });

  it('reads every feature table with its name as layer, and warns about several and empty layers', () => {
    const { bytes } = gpkgFrom(
      { source: provinces, name: 'provincias' },
      { source: path.join(fixturesDir, 'admin', 'cajamarca_distritos.geojson'), name: 'distritos' },
      { source: provinces, name: 'vacia', extra: ['-where', "NOMBPROV = 'LIMA'"] },
    );
    const source = readGeoPackage(bytes);
    expect(source.features).toHaveLength(13 + 127);
    expect(new Set(source.features.map((f) => f.layer))).toEqual(new Set(['provincias', 'distritos']));
    expect(source.warnings).toContainEqual({
      code: 'MULTIPLE_LAYERS',
      params: { count: 3, layers: 'provincias, distritos, vacia' },
    });
    expect(source.warnings).toContainEqual({ code: 'EMPTY_LAYER', params: { layer: 'vacia' } });
  });

  it('opens a GeoPackage left in WAL mode', () => {
    const { file } = gpkgFrom({ source: provinces, name: 'provincias' });
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.close();
    const bytes = new Uint8Array(fs.readFileSync(file));
    expect(bytes[18]).toBe(2);
    expect(readGeoPackage(bytes).features).toHaveLength(13);
  });

  it('refuses SQLite that is not a GeoPackage, and a damaged file', () => {
    const file = path.join(tempDir(), 'plain.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE t (a INTEGER)');
    db.close();
    const plain = new Uint8Array(fs.readFileSync(file));
    expectUnreadable(() => readGeoPackage(plain), 'NOT_GPKG');
    const damaged = plain.slice(0, 200);
    expectUnreadable(() => readGeoPackage(damaged), 'NOT_GPKG');
  });

  it('decodes geometry blobs with every envelope size, either byte order and the empty flag', () => {
    const point = { type: 'Point', coordinates: [-78.5, -7.1] };
    expect(geometryOf(gpBlob(pointWkb(-78.5, -7.1), 0b0000_0001))).toEqual(point);
    expect(geometryOf(gpBlob(pointWkb(-78.5, -7.1, false), 0b0000_0010, 32))).toEqual(point);
    expect(geometryOf(gpBlob(pointWkb(-78.5, -7.1), 0b0000_0101, 48))).toEqual(point);
    expect(geometryOf(gpBlob(pointWkb(-78.5, -7.1), 0b0000_0111, 48))).toEqual(point);
    expect(geometryOf(gpBlob(pointWkb(-78.5, -7.1), 0b0000_1001, 64))).toEqual(point);
    expect(geometryOf(gpBlob(pointWkb(NaN, NaN), 0b0001_0001))).toBeNull();
    expect(geometryOf(null)).toBeNull();
    expect(geometryOf(gpBlob(pointWkb(0, 0), 0b0000_1011))).toBe('unsupported'); // envelope code 5
    expect(geometryOf(new Uint8Array([1, 2, 3]))).toBe('unsupported');
    expect(geometryOf(gpBlob(pointWkb(0, 0).slice(0, 12), 1))).toBe('unsupported');
  });

  it('decodes ISO WKB with Z and M and the older EWKB flags', () => {
    const view = new DataView(new ArrayBuffer(41));
    view.setUint8(0, 1);
    view.setUint32(1, 3001, true); // Point ZM
    [1, 2, 3, 4].forEach((v, i) => view.setFloat64(5 + 8 * i, v, true));
    expect(decodeWkb(new Uint8Array(view.buffer))).toEqual({ type: 'Point', coordinates: [1, 2, 3] });
    view.setUint32(1, 0x80000001, true); // EWKB Point Z
    expect(decodeWkb(new Uint8Array(view.buffer.slice(0, 29)))).toEqual({ type: 'Point', coordinates: [1, 2, 3] });
    view.setUint32(1, 8, true); // CircularString
    expect(() => decodeWkb(new Uint8Array(view.buffer))).toThrow(/not supported/);
  });
});
