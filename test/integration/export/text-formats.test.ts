import fs from 'node:fs';
import { kml, kmlWithFolders } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { ringSignedArea2 } from '../../../electron/core/export/export-geometry.js';
import { ok } from '../../helpers/core.js';
import { LIVE_PLOTS, exportFixture, hasOgrinfo, ogrinfo } from './export-fixture.js';
import type { ExportFixture } from './export-fixture.js';

let fixture: ExportFixture | undefined;
afterEach(() => fixture?.core.close());

async function setup() {
  fixture = await exportFixture();
  return fixture;
}

const positionsOf = (geometry: Geometry): Position[] => {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positionsOf);
    default:
      throw new Error(`unexpected ${geometry.type}`);
  }
};

function storedGeometry(f: ExportFixture, plotId: string): Geometry {
  const row = f.core.context.db.prepare('SELECT geometry FROM plots WHERE id = ?').get(plotId) as { geometry: string };
  return JSON.parse(row.geometry) as Geometry;
}

describe('GeoJSON export', () => {
  it('writes an RFC 7946 FeatureCollection of the live plots with their attributes', async () => {
    const f = await setup();
    const result = f.run({ format: 'geojson', file: 'parcelas.geojson', organisationId: f.organisationId });
    expect(result).toMatchObject({ plotCount: LIVE_PLOTS, skipped: [] });
    expect(result.files).toEqual([
      { path: f.out('parcelas.geojson'), sizeBytes: fs.statSync(f.out('parcelas.geojson')).size },
    ]);
    const collection = JSON.parse(fs.readFileSync(f.out('parcelas.geojson'), 'utf8')) as FeatureCollection;
    expect(collection.type).toBe('FeatureCollection');
    expect(collection).not.toHaveProperty('crs');
    expect(collection.features).toHaveLength(LIVE_PLOTS);
    expect(collection.features.map((feature) => feature.properties?.plot_name)).not.toContain('Borrada');

    const canaveral = collection.features.find((feature) => feature.id === f.plotIds.canaveral) as Feature<Polygon>;
    expect(canaveral.properties).toMatchObject({
      plot_name: 'El Cañaveral',
      producer_code: 'LÑ-001',
      producer_name: 'María Núñez Peña',
      producer_dni: '41234567',
      organisation: 'Cooperativa Agraria Cafetalera La Ñora',
      district: 'Tabaconas',
      altitude_m: 1650,
      variety: 'Caturra',
      production_system: 'organico',
      planting_year: 2016,
      geometry_type: 'Polygon',
    });
    expect(canaveral.properties?.area_ha).toBeCloseTo(1.2256, 4);
    // Drawn clockwise; exported counter-clockwise (right-hand rule), same vertices.
    const ring = canaveral.geometry.coordinates[0] as Position[];
    expect(ringSignedArea2(ring)).toBeGreaterThan(0);
    const stored = storedGeometry(f, f.plotIds.canaveral as string) as Polygon;
    expect(ringSignedArea2(stored.coordinates[0] as Position[])).toBeLessThan(0);
    expect(new Set(ring.map(String))).toEqual(new Set((stored.coordinates[0] as Position[]).map(String)));

    const huerto = collection.features.find((feature) => feature.id === f.plotIds.huerto) as Feature<Polygon>;
    expect(ringSignedArea2(huerto.geometry.coordinates[0] as Position[])).toBeGreaterThan(0);
    expect(ringSignedArea2(huerto.geometry.coordinates[1] as Position[])).toBeLessThan(0); // hole: clockwise
    const punto = collection.features.find((feature) => feature.id === f.plotIds.punto);
    expect(punto?.geometry).toEqual({ type: 'Point', coordinates: [-78.91, -5.39] });
    expect(punto?.properties).toMatchObject({ area_ha: 0.8, declared_area_ha: 0.8, perimeter_m: null });
  });

  it.skipIf(!hasOgrinfo)('opens in GDAL with every plot', async () => {
    const f = await setup();
    f.run({ format: 'geojson', file: 'parcelas.geojson', organisationId: f.organisationId });
    expect(ogrinfo('-ro', '-so', '-al', f.out('parcelas.geojson'))).toContain(`Feature Count: ${LIVE_PLOTS}`);
  });
});

describe('CSV export', () => {
  it('writes one row per plot, UTF-8 with BOM, RFC 4180 quoting and fixed decimals', async () => {
    const f = await setup();
    const result = f.run({ format: 'csv', file: 'parcelas.csv', organisationId: f.organisationId });
    expect(result.plotCount).toBe(LIVE_PLOTS);
    const bytes = fs.readFileSync(f.out('parcelas.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'plot_id,plot_name,producer_code,producer_name,producer_dni,organisation,centroid_lat,centroid_lon,' +
        'area_ha,perimeter_m,altitude_m,variety,production_system,geometry_type',
    );
    expect(lines).toHaveLength(LIVE_PLOTS + 2); // header, rows, and the final CRLF
    expect(text).toContain('"Rosa ""La Chiquita"" Díaz, hija"');

    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const byName = new Map(parsed.data.map((row) => [row.plot_name, row]));
    expect(byName.get('El Cañaveral')).toMatchObject({
      producer_code: 'LÑ-001',
      producer_name: 'María Núñez Peña',
      producer_dni: '41234567',
      centroid_lat: '-5.399500',
      centroid_lon: '-78.949500',
      area_ha: '1.2256',
      altitude_m: '1650.0',
      variety: 'Caturra',
      production_system: 'organico',
      geometry_type: 'Polygon',
    });
    expect(byName.get('Punto GPS Ñangalí')).toMatchObject({
      area_ha: '0.8000',
      perimeter_m: '',
      geometry_type: 'Point',
    });
    expect(byName.get('Potrero grande')?.producer_name).toBe('Rosa "La Chiquita" Díaz, hija');
    expect(byName.get('Dos Quebradas')?.geometry_type).toBe('MultiPolygon');
  });

  it('defuses cells Excel would run as formulas', async () => {
    const f = await setup();
    await ok(f.core, 'plots.update', { id: f.plotIds.canaveral, patch: { name: '=HYPERLINK("http://x","y")' } });
    f.run({ format: 'csv', file: 'parcelas.csv', organisationId: f.organisationId });
    expect(fs.readFileSync(f.out('parcelas.csv'), 'utf8')).toContain(`,"'=HYPERLINK(""http://x"",""y"")",`);
  });
});

describe('KML export', () => {
  it('reads back with the same plot names, vertex counts and attributes, one folder per producer', async () => {
    const f = await setup();
    await ok(f.core, 'plots.update', { id: f.plotIds.gemela1, patch: { name: 'Café & <Té> "1"' } });
    const result = f.run({ format: 'kml', file: 'parcelas.kml', organisationId: f.organisationId });
    expect(result.plotCount).toBe(LIVE_PLOTS);
    const text = fs.readFileSync(f.out('parcelas.kml'), 'utf8');
    expect(text).not.toMatch(/https?:\/\/(?!www\.opengis\.net\/kml\/2\.2")/); // nothing to fetch
    const doc = new DOMParser().parseFromString(text, 'text/xml');
    const collection = kml(doc);
    expect(collection.features).toHaveLength(LIVE_PLOTS);
    for (const feature of collection.features) {
      const plotId = feature.properties?.plot_id as string;
      expect(feature.properties?.name).toBe(feature.properties?.plot_name);
      expect(positionsOf(feature.geometry as Geometry)).toHaveLength(positionsOf(storedGeometry(f, plotId)).length);
    }
    const names = collection.features.map((feature) => feature.properties?.name as string);
    expect(names).toContain('Café & <Té> "1"');
    expect(names).toContain('Punto GPS Ñangalí');
    const pena = collection.features.find((feature) => feature.properties?.name === 'La Peña Grande');
    expect(pena?.properties).toMatchObject({
      producer_name: 'María Núñez Peña',
      styleUrl: '#plot',
      variety: 'Catimor',
    });
    expect(pena?.properties?.description).toContain('Área: 9.1919 ha');

    const folders = kmlWithFolders(doc).children.filter((child) => child.type === 'folder');
    expect(folders.map((folder) => folder.meta.name)).toEqual([
      'LÑ-002 · José Ángel Huamán Córdova',
      'LÑ-001 · María Núñez Peña',
      'LÑ-003 · Rosa "La Chiquita" Díaz, hija',
    ]);
  });

  it.skipIf(!hasOgrinfo)('opens in GDAL with a layer per producer folder', async () => {
    const f = await setup();
    f.run({ format: 'kml', file: 'parcelas.kml', organisationId: f.organisationId });
    const summary = ogrinfo('-ro', '-so', f.out('parcelas.kml'));
    expect(summary).toContain('LÑ-001 · María Núñez Peña');
    expect(summary).toContain('LÑ-003 · Rosa "La Chiquita" Díaz, hija');
  });
});
