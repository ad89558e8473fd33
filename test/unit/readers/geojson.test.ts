import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readGeoJson } from '../../../electron/core/import/readers/geojson.js';
import { expectUnreadable, fixture } from './reader-helpers.js';

const bytesOf = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));
const point = { type: 'Point', coordinates: [-78.5128, -7.1617] };

describe('GeoJSON reader', () => {
  it('reads the 127 districts of Cajamarca as WGS84 polygons with their attributes', () => {
    const source = readGeoJson(fixture('admin/cajamarca_distritos.geojson'));
    expect(source.format).toBe('geojson');
    expect(source.features).toHaveLength(127);
    expect(source.crs).toEqual({ kind: 'wgs84' });
    expect(source.warnings).toEqual([]);
    expect(source.columns.slice(0, 5)).toEqual(['OBJECTID', 'IDDIST', 'IDDPTO', 'IDPROV', 'NOMBDIST']);
    expect(new Set(source.features.map((f) => f.geometry?.type))).toEqual(new Set(['Polygon']));
    expect(source.features.map((f) => f.index)).toEqual([...Array(127).keys()]);
    const names = source.features.map((f) => f.properties.NOMBDIST);
    expect(names).toContain('LOS BAÑOS DEL INCA');
    expect(source.features[0]?.layer).toBeUndefined();
  });

  it('reads the 13 provinces', () => {
    const source = readGeoJson(fixture('admin/cajamarca_provincias.geojson'));
    expect(source.features).toHaveLength(13);
    expect(source.features.map((f) => f.properties.NOMBPROV)).toContain('CELENDIN');
  });

  it('reads a single Feature and a bare geometry as one feature', () => {
    const feature = readGeoJson(
      bytesOf({ type: 'Feature', id: 'P-7', properties: { name: 'Lote 1' }, geometry: point }),
    );
    expect(feature.features).toEqual([{ index: 0, geometry: point, properties: { name: 'Lote 1', id: 'P-7' } }]);
    const bare = readGeoJson(bytesOf(point));
    expect(bare.features).toEqual([{ index: 0, geometry: point, properties: {} }]);
    const collection = { type: 'GeometryCollection', geometries: [point, point] };
    expect(readGeoJson(bytesOf(collection)).features[0]?.geometry).toEqual(collection);
  });

  it('takes the CRS from a legacy "crs" member (urn or short form), else WGS84', () => {
    const withCrs = (name: string) =>
      readGeoJson(bytesOf({ type: 'FeatureCollection', crs: { type: 'name', properties: { name } }, features: [] }))
        .crs;
    expect(withCrs('urn:ogc:def:crs:EPSG::32717')).toEqual({ kind: 'epsg', code: 32717 });
    expect(withCrs('EPSG:32718')).toEqual({ kind: 'epsg', code: 32718 });
    expect(withCrs('urn:ogc:def:crs:EPSG:6.3:24877')).toEqual({ kind: 'epsg', code: 24877 });
    expect(withCrs('urn:ogc:def:crs:OGC:1.3:CRS84')).toEqual({ kind: 'wgs84' });
    expect(withCrs('something else')).toEqual({ kind: 'none' });
    expect(readGeoJson(bytesOf({ type: 'FeatureCollection', features: [] })).crs).toEqual({ kind: 'wgs84' });
  });

  it('keeps null geometries and reports malformed ones apart', () => {
    const source = readGeoJson(
      bytesOf({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { a: 1 }, geometry: null },
          { type: 'Feature', properties: { b: 2 }, geometry: { type: 'Polygon', coordinates: [[['x', 1]]] } },
          { type: 'Feature', properties: null, geometry: { type: 'Circle', coordinates: [0, 0] } },
          { type: 'Feature', properties: { c: 3 }, geometry: point },
          42,
        ],
      }),
    );
    expect(source.features.map((f) => f.geometry?.type ?? null)).toEqual([null, null, null, 'Point', null]);
    expect(source.warnings).toEqual([
      { code: 'FEATURES_WITHOUT_GEOMETRY', params: { count: 2 } },
      { code: 'UNSUPPORTED_GEOMETRY', params: { count: 2 } },
    ]);
    expect(source.columns).toEqual(['a', 'b', 'c']);
  });

  it('turns nested property values into JSON text and keeps the column order of first appearance', () => {
    const source = readGeoJson(
      bytesOf({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { z: 1, tags: ['café', 'orgánico'] }, geometry: point },
          { type: 'Feature', properties: { a: true, z: 2, meta: { x: 1 } }, geometry: point },
        ],
      }),
    );
    expect(source.features[0]?.properties).toEqual({ z: 1, tags: '["café","orgánico"]' });
    expect(source.features[1]?.properties).toEqual({ a: true, z: 2, meta: '{"x":1}' });
    expect(source.columns).toEqual(['z', 'tags', 'a', 'meta']);
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf(point)]);
    expect(readGeoJson(bytes).features).toHaveLength(1);
  });

  it('refuses text that is not JSON, and JSON that is not GeoJSON', () => {
    expectUnreadable(
      () => readGeoJson(new TextEncoder().encode('{"type": "FeatureCollection", "features": [')),
      'BAD_JSON',
    );
    expectUnreadable(() => readGeoJson(bytesOf([1, 2, 3])), 'NOT_GEOJSON');
    expectUnreadable(() => readGeoJson(bytesOf({ type: 'Topology', objects: {} })), 'NOT_GEOJSON');
    expectUnreadable(() => readGeoJson(bytesOf({ type: 'FeatureCollection', features: {} })), 'NOT_GEOJSON');
    expectUnreadable(() => readGeoJson(bytesOf('just a string')), 'NOT_GEOJSON');
  });

  it('reads 100,000 generated plots in a few seconds', () => {
    const features: Feature<Polygon>[] = [];
    for (let i = 0; i < 100_000; i += 1) {
      const lon = -79.5 + (i % 400) * 0.005;
      const lat = -7.5 + Math.floor(i / 400) * 0.005;
      const ring = [
        [lon, lat],
        [lon + 0.0007, lat],
        [lon + 0.0007, lat + 0.0007],
        [lon, lat + 0.0007],
        [lon, lat],
      ];
      features.push({
        type: 'Feature',
        properties: { codigo: `P-${i}`, productor: `Peña ${i}`, area_ha: 0.5 },
        geometry: { type: 'Polygon', coordinates: [ring] },
      });
    }
    const bytes = bytesOf({ type: 'FeatureCollection', features } satisfies FeatureCollection);
    const started = performance.now();
    const source = readGeoJson(bytes);
    const elapsedMs = performance.now() - started;
    expect(source.features).toHaveLength(100_000);
    expect(source.features[99_999]?.properties.codigo).toBe('P-99999');
    expect(source.columns).toEqual(['codigo', 'productor', 'area_ha']);
    expect(elapsedMs).toBeLessThan(5_000);
  });
});
