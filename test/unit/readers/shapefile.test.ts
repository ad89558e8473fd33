import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import type { FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../electron/core/import/readers/read-source.js';
import { readShapefileZip } from '../../../electron/core/import/readers/shapefile.js';
import type { SourceData } from '../../../electron/core/import/source-types.js';
import { tempDir } from '../../helpers/temp-dir.js';
import type { GeoJsonGeometry } from './reader-helpers.js';
import { expectUnreadable, fixture, fixturesDir, gdal, gdalFeatures, ringArea2 } from './reader-helpers.js';

const fixturePath = (relative: string): string => path.join(fixturesDir, relative);

/** Polygons as sets of rings, each made counter-clockwise and rounded to 1e-6, so ring order and winding do not matter. */
function normalized(geometry: GeoJsonGeometry | null): string[] {
  if (!geometry) return [];
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as Position[][][];
  return polygons
    .map((rings) =>
      rings
        .map((ring) => (ringArea2(ring) < 0 ? [...ring].reverse() : ring))
        .map((ring) =>
          JSON.stringify(ring.map(([x, y]) => [Number((x as number).toFixed(6)), Number((y as number).toFixed(6))])),
        )
        .sort()
        .join('|'),
    )
    .sort();
}

/** Every feature's attributes and polygon rings match what GDAL reads from the same zip. */
function expectSameAsGdal(source: SourceData, vsiPath: string): void {
  const reference = gdalFeatures(vsiPath);
  expect(source.features).toHaveLength(reference.length);
  source.features.forEach((feature, i) => {
    const expected = reference[i];
    expect(feature.properties).toEqual(expected?.properties);
    expect(normalized(feature.geometry as GeoJsonGeometry)).toEqual(normalized(expected?.geometry ?? null));
  });
}

/** Zips every file in `dir` (or the named ones), under `folder/` when given. */
function zipFolder(dir: string, names = fs.readdirSync(dir), folder = ''): Uint8Array {
  return zipSync(
    Object.fromEntries(
      names.map((name) => [`${folder}${name}`, new Uint8Array(fs.readFileSync(path.join(dir, name)))]),
    ),
  );
}

describe('zipped shapefile reader', () => {
  it('reads the 127 districts in UTM 17S with their .prj, exactly as GDAL does', () => {
    const source = readShapefileZip(fixture('admin/cajamarca_distritos_utm17s.zip'));
    expect(source.format).toBe('shapefile');
    expect(source.features).toHaveLength(127);
    expect(source.crs.kind).toBe('wkt');
    expect(source.crs.kind === 'wkt' && source.crs.wkt).toContain('UTM_Zone_17S');
    expect(source.warnings).toEqual([]);
    expect(source.columns.slice(0, 5)).toEqual(['OBJECTID', 'IDDIST', 'IDDPTO', 'IDPROV', 'NOMBDIST']);
    expect(source.features.map((f) => f.properties.NOMBDIST)).toContain('LOS BAÑOS DEL INCA');
    expectSameAsGdal(
      source,
      `/vsizip/${fixturePath('admin/cajamarca_distritos_utm17s.zip')}/cajamarca_distritos_utm17s.shp`,
    );
  });

  it('writes rings in RFC 7946 order: outer counter-clockwise, holes clockwise', () => {
    const source = readShapefileZip(fixture('shapefile/senate.zip'));
    for (const feature of source.features) {
      const geometry = feature.geometry as Polygon | MultiPolygon;
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      for (const [outer, ...holes] of polygons) {
        expect(ringArea2(outer as Position[])).toBeGreaterThan(0);
        for (const hole of holes) expect(ringArea2(hole)).toBeLessThan(0);
      }
    }
  });

  it('reads the Massachusetts senate districts (multipolygons, holes, State Plane) as GDAL does', () => {
    const source = readShapefileZip(fixture('shapefile/senate.zip'));
    expect(source.features.filter((f) => f.geometry?.type === 'MultiPolygon')).toHaveLength(17);
    expect(source.crs.kind === 'wkt' && source.crs.wkt).toContain('NAD_1983_StatePlane_Massachusetts_Mainland');
    expectSameAsGdal(source, `/vsizip/${fixturePath('shapefile/senate.zip')}/senate.shp`);
  });

  it('reads upper-case extensions (senate.DBF) like lower-case ones', () => {
    const mixed = readShapefileZip(fixture('shapefile/mixedcase.zip'));
    const lower = readShapefileZip(fixture('shapefile/senate.zip'));
    expect(mixed.features).toHaveLength(40);
    expect(mixed.features.map((f) => f.properties)).toEqual(lower.features.map((f) => f.properties));
  });

  it('decodes attributes with the .cpg code page (1250) and UTF-8', () => {
    const codepage = readShapefileZip(fixture('shapefile/codepage.zip'));
    expect(codepage.features.map((f) => f.properties.field)).toEqual(['??', 'Hněvošický háj']);
    expect(codepage.warnings).toEqual([]);
    const utf = readShapefileZip(fixture('shapefile/utf.zip'));
    expect(utf.features.map((f) => f.properties.field)).toEqual(['💩', 'Hněvošický háj']);
    // ogrinfo prints POINT (-108.6328125 41.2447723430821), to 15 significant digits.
    const [lon, lat] = (utf.features[0]?.geometry as Point).coordinates;
    expect(lon).toBe(-108.6328125);
    expect(lat).toBeCloseTo(41.2447723430821, 12);
  });

  it('reads points (pandr) and QGIS polygons as GDAL does', () => {
    const pandr = readShapefileZip(fixture('shapefile/pandr.zip'));
    expect(pandr.features).toHaveLength(80);
    const reference = gdalFeatures(`/vsizip/${fixturePath('shapefile/pandr.zip')}/pandr.shp`);
    expect(pandr.features.map((f) => f.properties)).toEqual(reference.map((f) => f.properties));
    expect(pandr.features.map((f) => f.geometry)).toEqual(reference.map((f) => f.geometry));
    const qgis = readShapefileZip(fixture('shapefile/qgis.zip'));
    expect(qgis.features.map((f) => [f.properties.FID, f.geometry?.type])).toEqual([
      [0, 'Polygon'],
      [1, 'Polygon'],
    ]);
  });

  it('reads a layer in a sub-folder whose attribute table is empty (empty-shp.zip): 2 polygons, no columns', () => {
    const source = readShapefileZip(fixture('shapefile/empty-shp.zip'));
    expect(source.features.map((f) => f.geometry?.type)).toEqual(['Polygon', 'Polygon']);
    expect(source.features.map((f) => f.properties)).toEqual([{}, {}]);
    expect(source.columns).toEqual([]);
    expect(source.crs.kind).toBe('wkt');
  });

  it('refuses a zip without .dbf, without .shp, a file that is not a zip and a zip cut short', () => {
    expectUnreadable(() => readShapefileZip(fixture('shapefile/no-dbf.zip')), 'NO_DBF');
    expectUnreadable(() => readShapefileZip(fixture('shapefile/noshp.zip')), 'NO_SHP');
    expectUnreadable(() => readShapefileZip(fixture('shapefile/badzip.zip')), 'NOT_A_ZIP');
    const zip = fixture('admin/cajamarca_distritos_utm17s.zip');
    expectUnreadable(() => readShapefileZip(zip.slice(0, zip.length - 100)), 'TRUNCATED_ZIP');
  });

  it('reads every layer of a multi-layer zip, named after its files, with a warning', () => {
    const entries = { ...unzipSync(fixture('shapefile/codepage.zip')), ...unzipSync(fixture('shapefile/utf.zip')) };
    const source = readShapefileZip(zipSync(entries));
    expect(source.features.map((f) => [f.layer, f.index])).toEqual([
      ['codepage', 0],
      ['codepage', 1],
      ['utf', 0],
      ['utf', 1],
    ]);
    expect(source.warnings).toEqual([{ code: 'MULTIPLE_LAYERS', params: { count: 2, layers: 'codepage, utf' } }]);
  });

  it('refuses layers in different coordinate systems in one zip', () => {
    const entries = { ...unzipSync(fixture('shapefile/codepage.zip')), ...unzipSync(fixture('shapefile/senate.zip')) };
    const error = expectUnreadable(() => readShapefileZip(zipSync(entries)), 'UNKNOWN_FORMAT');
    expect(error.details).toMatchObject({ problem: 'LAYERS_WITH_DIFFERENT_CRS' });
  });

  it('says "none" for a shapefile without .prj', () => {
    const { 'codepage.prj': _prj, ...rest } = unzipSync(fixture('shapefile/codepage.zip'));
    expect(readShapefileZip(zipSync(rest)).crs).toEqual({ kind: 'none' });
  });

  it('falls back to windows-1252 for a .dbf without .cpg that is not UTF-8, and warns', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'out'));
    const collection: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { productor: 'María Añaños Peña' },
          geometry: { type: 'Point', coordinates: [-78.5, -7.1] },
        },
      ],
    };
    fs.writeFileSync(path.join(dir, 'in.geojson'), JSON.stringify(collection));
    // GDAL's default shapefile encoding is ISO-8859-1 with no .cpg, as ArcMap wrote them.
    gdal('ogr2ogr', ['-f', 'ESRI Shapefile', path.join(dir, 'out', 'lotes.shp'), path.join(dir, 'in.geojson')]);
    expect(fs.existsSync(path.join(dir, 'out', 'lotes.cpg'))).toBe(false);
    const source = readShapefileZip(zipFolder(path.join(dir, 'out')));
    expect(source.features[0]?.properties.productor).toBe('María Añaños Peña');
    expect(source.warnings).toEqual([{ code: 'ENCODING_ASSUMED_LATIN1', params: { layer: 'lotes' } }]);
  });

  it('reads holes and multi-part plots written by GDAL, and warns about an empty layer', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'out'));
    const square = (x: number, y: number, d: number): Position[] => [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ];
    const collection: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { n: 1 },
          geometry: { type: 'Polygon', coordinates: [square(0, 0, 10), square(2, 2, 2)] },
        },
        {
          type: 'Feature',
          properties: { n: 2 },
          geometry: { type: 'MultiPolygon', coordinates: [[square(20, 0, 10), square(22, 2, 2)], [square(40, 0, 5)]] },
        },
      ],
    };
    fs.writeFileSync(path.join(dir, 'in.geojson'), JSON.stringify(collection));
    gdal('ogr2ogr', [
      '-f',
      'ESRI Shapefile',
      '-lco',
      'ENCODING=UTF-8',
      path.join(dir, 'out', 'lotes.shp'),
      path.join(dir, 'in.geojson'),
    ]);
    gdal('ogr2ogr', [
      '-f',
      'ESRI Shapefile',
      '-where',
      'n = 99',
      path.join(dir, 'out', 'vacio.shp'),
      path.join(dir, 'in.geojson'),
    ]);
    const zip = zipFolder(path.join(dir, 'out'));
    const source = readShapefileZip(zip);
    const lotes = source.features.filter((f) => f.layer === 'lotes');
    expect(lotes.map((f) => f.geometry?.type)).toEqual(['Polygon', 'MultiPolygon']);
    expect((lotes[0]?.geometry as Polygon).coordinates).toHaveLength(2);
    expect((lotes[1]?.geometry as MultiPolygon).coordinates.map((p) => p.length)).toEqual([2, 1]);
    expect(source.warnings).toContainEqual({ code: 'EMPTY_LAYER', params: { layer: 'vacio' } });
    // A zip holding only the empty layer has nothing to import.
    const onlyEmpty = zipFolder(path.join(dir, 'out'), ['vacio.shp', 'vacio.shx', 'vacio.dbf', 'vacio.prj']);
    const error = expectUnreadable(() => readSource('vacio.zip', onlyEmpty), 'NO_FEATURES');
    expect(error.details).toMatchObject({ warnings: [{ code: 'EMPTY_LAYER', params: { layer: 'vacio' } }] });
  });

  it('reads 100,000 polygons zipped by GDAL in a few seconds', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'out'));
    const features = Array.from({ length: 100_000 }, (_, i) => {
      const x = -79.5 + (i % 400) * 0.005;
      const y = -7.5 + Math.floor(i / 400) * 0.005;
      return {
        type: 'Feature' as const,
        properties: { codigo: `P-${i}`, productor: `Peña ${i}` },
        geometry: {
          type: 'Polygon' as const,
          coordinates: [
            [
              [x, y],
              [x, y + 0.0007],
              [x + 0.0007, y + 0.0007],
              [x + 0.0007, y],
              [x, y],
            ],
          ],
        },
      };
    });
    fs.writeFileSync(path.join(dir, 'in.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
    gdal('ogr2ogr', [
      '-f',
      'ESRI Shapefile',
      '-lco',
      'ENCODING=UTF-8',
      path.join(dir, 'out', 'plots.shp'),
      path.join(dir, 'in.geojson'),
    ]);
    const zip = zipFolder(path.join(dir, 'out'));
    const started = performance.now();
    const source = readShapefileZip(zip);
    const elapsedMs = performance.now() - started;
    expect(source.features).toHaveLength(100_000);
    expect(source.features[12_345]?.properties).toEqual({ codigo: 'P-12345', productor: 'Peña 12345' });
    expect(elapsedMs).toBeLessThan(5_000);
  }, 60_000);
});
