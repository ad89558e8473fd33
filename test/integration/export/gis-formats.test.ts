import fs from 'node:fs';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { exportFixture, hasOgrinfo, ogrinfo } from './export-fixture.js';
import type { ExportFixture } from './export-fixture.js';

let fixture: ExportFixture | undefined;
afterEach(() => fixture?.core.close());

const POLYGON_PLOTS = 8;
const POINT_PLOTS = 2;

/** `name (Type) = value` lines of ogrinfo's feature dump, grouped per feature. */
function ogrFeatures(output: string): Record<string, string>[] {
  return output
    .split(/\nOGRFeature\([^)]*\):\d+\n/)
    .slice(1)
    .map((block) => {
      const fields: Record<string, string> = {};
      for (const match of block.matchAll(/^ {2}(\w+) \([\w ]+\) = (.*)$/gm))
        fields[match[1] as string] = match[2] as string;
      return fields;
    });
}

/**
 * Every exported polygon's geodesic area by GDAL/SpatiaLite against the stored one: within 0.01 %, or
 * 0.01 m² for the 2 cm "Diminuta" triangle, whose area is below both algorithms' rounding noise.
 */
function expectAreasMatch(f: ExportFixture, sql: string, source: string) {
  const stored = new Map(
    (f.core.context.db.prepare('SELECT id, area_ha FROM plots').all() as { id: string; area_ha: number }[]).map(
      (row) => [row.id, row.area_ha],
    ),
  );
  // GDAL notes on stderr that SpatiaLite has no spatial_ref_sys in a GeoPackage; the ellipsoid is WGS84 anyway.
  const features = ogrFeatures(ogrinfo('-ro', '-q', '-dialect', 'sqlite', '-sql', sql, source));
  expect(features).toHaveLength(POLYGON_PLOTS);
  for (const { id, area } of features as { id: string; area: string }[]) {
    const storedHa = stored.get(id) as number;
    expect(Math.abs(Number(area) - storedHa), id).toBeLessThanOrEqual(Math.max(1e-4 * storedHa, 1e-6));
  }
}

describe('GeoPackage export', () => {
  it('is a GeoPackage 1.3 with the plots, the GPS points and the producers', async () => {
    const f = (fixture = await exportFixture());
    const result = f.run({ format: 'gpkg', file: 'parcelas.gpkg', organisationId: f.organisationId });
    expect(result.plotCount).toBe(POLYGON_PLOTS + POINT_PLOTS);
    const gpkg = new Database(f.out('parcelas.gpkg'), { readonly: true });
    try {
      expect(gpkg.pragma('application_id', { simple: true })).toBe(0x47504b47);
      expect(gpkg.pragma('user_version', { simple: true })).toBe(10300);
      expect(gpkg.prepare('SELECT srs_id FROM gpkg_spatial_ref_sys ORDER BY srs_id').pluck().all()).toEqual([
        -1, 0, 4326,
      ]);
      expect(gpkg.prepare('SELECT table_name, data_type FROM gpkg_contents ORDER BY table_name').all()).toEqual([
        { table_name: 'plot_points', data_type: 'features' },
        { table_name: 'plots', data_type: 'features' },
        { table_name: 'producers', data_type: 'attributes' },
      ]);
      expect(gpkg.prepare('SELECT count(*) FROM rtree_plots_geom').pluck().get()).toBe(POLYGON_PLOTS);
    } finally {
      gpkg.close();
    }
    expect(fs.readdirSync(f.core.dir).filter((name) => name.startsWith('parcelas'))).toEqual(['parcelas.gpkg']);
  });

  it.skipIf(!hasOgrinfo)('opens in GDAL with counts, extent, spatial index and geodesic areas', async () => {
    const f = (fixture = await exportFixture());
    f.run({ format: 'gpkg', file: 'parcelas.gpkg', organisationId: f.organisationId });
    const file = f.out('parcelas.gpkg');
    const layers = ogrinfo('-ro', '-so', file);
    expect(layers).toContain('1: plots (Multi Polygon)');
    expect(layers).toContain('2: plot_points (Point)');
    expect(layers).toContain('3: producers (None)');
    const plots = ogrinfo('-ro', '-so', file, 'plots');
    expect(plots).toContain(`Feature Count: ${POLYGON_PLOTS}`);
    expect(plots).toContain('Extent: (-78.950000, -5.400000) - (-78.879000, -5.379000)');
    expect(plots).toContain('ID["EPSG",4326]');
    expect(ogrinfo('-ro', '-so', file, 'plot_points')).toContain(`Feature Count: ${POINT_PLOTS}`);
    expect(ogrinfo('-ro', '-so', file, 'producers')).toContain('Feature Count: 3');
    const index = ogrFeatures(ogrinfo('-ro', '-q', '-sql', "SELECT HasSpatialIndex('plots', 'geom')", file));
    expect(index.flatMap(Object.values)).toEqual(['1']);
    const producers = ogrFeatures(ogrinfo('-ro', '-q', file, 'producers'));
    expect(producers.map((p) => p.names)).toEqual([
      'José Ángel Huamán Córdova',
      'María Núñez Peña',
      'Rosa "La Chiquita" Díaz, hija',
    ]);
    expectAreasMatch(f, 'SELECT plot_id AS id, ST_Area(geom, 1) / 10000 AS area FROM plots', file);
  });
});

describe('Shapefile export', () => {
  it('zips a polygon layer and a point layer, each with .shp .shx .dbf .prj and a UTF-8 .cpg', async () => {
    const f = (fixture = await exportFixture());
    const result = f.run({ format: 'shp', file: 'parcelas.zip', organisationId: f.organisationId });
    expect(result.plotCount).toBe(POLYGON_PLOTS + POINT_PLOTS);
    const entries = unzipSync(fs.readFileSync(f.out('parcelas.zip')));
    expect(Object.keys(entries).sort()).toEqual(
      ['shp', 'shx', 'dbf', 'prj', 'cpg'].flatMap((ext) => [`plot_points.${ext}`, `plots.${ext}`]).sort(),
    );
    expect(new TextDecoder().decode(entries['plots.cpg'])).toBe('UTF-8');
    expect(new TextDecoder().decode(entries['plots.prj'])).toContain('GEOGCS["GCS_WGS_1984"');
  });

  it.skipIf(!hasOgrinfo)('opens in GDAL with counts, WGS84, intact accents and geodesic areas', async () => {
    const f = (fixture = await exportFixture());
    f.run({ format: 'shp', file: 'parcelas.zip', organisationId: f.organisationId });
    const source = `/vsizip/${f.out('parcelas.zip')}`;
    expect(ogrinfo('-ro', '-so', source)).toMatch(/1: plots \(Polygon\)\n2: plot_points \(Point\)/);
    const plots = ogrinfo('-ro', '-so', source, 'plots');
    expect(plots).toContain(`Feature Count: ${POLYGON_PLOTS}`);
    expect(plots).toContain('GEOGCRS["WGS 84"');
    expect(plots).toContain('prod_name: String');
    expect(plots).toContain('plant_year: Integer (9.0)');
    const points = ogrFeatures(ogrinfo('-ro', '-q', source, 'plot_points'));
    expect(points).toHaveLength(POINT_PLOTS);
    expect(points[0]).toMatchObject({
      plot_name: 'Punto GPS Ñangalí',
      prod_code: 'LÑ-002',
      prod_name: 'José Ángel Huamán Córdova',
      org_name: 'Cooperativa Agraria Cafetalera La Ñora',
      area_ha: '0.800000',
      perim_m: '(null)',
    });
    // Rings are valid, holes included: GEOS agrees and the hole is subtracted from the area.
    const valid = ogrFeatures(
      ogrinfo('-ro', '-q', '-dialect', 'sqlite', '-sql', 'SELECT min(ST_IsValid(geometry)) AS v FROM plots', source),
    );
    expect(valid).toEqual([{ v: '1' }]);
    expectAreasMatch(f, 'SELECT plot_id AS id, ST_Area(geometry, 1) / 10000 AS area FROM plots', source);
  });
});
