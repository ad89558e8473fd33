import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Polygon } from 'geojson';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/create-core.js';
import { ok, tempCore } from '../../helpers/core.js';
import { fixture } from '../../helpers/fixtures.js';
import { tempDir } from '../../helpers/temp-dir.js';

const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.close()));

const hexagon = (lon: number, lat: number, r: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [0, 1, 2, 3, 4, 5, 0].map((k) => [lon + r * Math.cos((k * Math.PI) / 3), lat + r * Math.sin((k * Math.PI) / 3)]),
  ],
});

/** A small real-looking organisation: polygons, a MultiPolygon and a GPS point, with accents. */
async function seeded(): Promise<{ core: Core; orgId: string }> {
  const core = await tempCore();
  cores.push(core);
  const org = await ok(core, 'organisations.create', { name: 'Cooperativa Agraria Ñuñurco', type: 'cooperativa' });
  const rosa = await ok(core, 'producers.create', {
    organisationId: org.id,
    memberCode: 'N-001',
    names: 'Rosa Peña Huamán',
    dni: '41234567',
  });
  const jose = await ok(core, 'producers.create', { organisationId: org.id, memberCode: 'N-002', names: 'José Díaz' });
  await ok(core, 'plots.create', {
    producerId: rosa.id,
    name: 'La Loma',
    geometry: hexagon(-78.81, -5.71, 0.0008),
    variety: 'Catuaí',
  });
  await ok(core, 'plots.create', { producerId: rosa.id, name: 'El Bajío', geometry: hexagon(-78.8, -5.7, 0.0013) });
  await ok(core, 'plots.create', {
    producerId: jose.id,
    name: 'Dos partes',
    geometry: {
      type: 'MultiPolygon',
      coordinates: [hexagon(-78.79, -5.69, 0.0005).coordinates, hexagon(-78.788, -5.69, 0.0004).coordinates],
    },
  });
  await ok(core, 'plots.create', {
    producerId: jose.id,
    name: 'Punto GPS',
    geometry: { type: 'Point', coordinates: [-78.78, -5.68] },
    declaredAreaHa: 0.75,
  });
  return { core, orgId: org.id };
}

async function areasOf(core: Core, orgId: string): Promise<number[]> {
  return (await ok(core, 'plots.list', { organisationId: orgId })).map((p) => p.areaHa).sort((a, b) => a - b);
}

/** Imports a file into a fresh database; returns the sorted plot areas. */
async function reimport(file: string, crsCode: number | null = null): Promise<number[]> {
  const core = await tempCore();
  cores.push(core);
  const org = await ok(core, 'organisations.create', { name: 'Destino', type: 'otra' });
  // Files without producer columns (the provinces) go to one family; the others match by their columns.
  const fallback = await ok(core, 'producers.create', {
    organisationId: org.id,
    memberCode: 'X-1',
    names: 'Sin productor',
  });
  const opened = await ok(core, 'imports.open', { source: { path: file }, organisationId: org.id });
  const result = await ok(core, 'imports.commit', {
    importId: opened.importId,
    organisationId: org.id,
    crsCode,
    mapping: opened.mapping.suggested,
    defaultProducerId: fallback.id,
  });
  expect(result.counts.rejected, JSON.stringify(result.verdicts.filter((v) => v.verdict === 'rejected'))).toBe(0);
  return areasOf(core, org.id);
}

function expectSameAreas(actual: number[], expected: number[], tolerance = 1e-4): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((area, i) =>
    expect(Math.abs(area - (expected[i] as number)) / (expected[i] as number)).toBeLessThan(tolerance),
  );
}

describe('import → export → re-import keeps every area within 0.01 %', () => {
  for (const [format, fileName] of [
    ['geojson', 'plots.geojson'],
    ['kml', 'plots.kml'],
    ['gpkg', 'plots.gpkg'],
    ['shp', 'plots.zip'],
  ] as const) {
    it(`${format}`, async () => {
      const { core, orgId } = await seeded();
      const file = path.join(tempDir(), fileName);
      const written = await ok(core, 'exports.write', { format, organisationId: orgId, outputPath: file });
      expect(written.plotCount).toBe(4);
      expectSameAreas(await reimport(written.files[0]?.path ?? file), await areasOf(core, orgId));
    });
  }

  it('csv (every plot comes back as a point with its area declared)', async () => {
    const { core, orgId } = await seeded();
    const file = path.join(tempDir(), 'plots.csv');
    await ok(core, 'exports.write', { format: 'csv', organisationId: orgId, outputPath: file });
    expectSameAreas(await reimport(file), await areasOf(core, orgId));
  });

  it('eudr (polygons and the point with its Area)', async () => {
    const { core, orgId } = await seeded();
    const file = path.join(tempDir(), 'eudr.geojson');
    const written = await ok(core, 'exports.write', {
      format: 'eudr',
      organisationId: orgId,
      outputPath: file,
      eudr: { smallPlotsAs: 'polygon' },
    });
    // The EUDR format itself rounds to 6 decimals (0.11 m): each vertex moves by up to 5.5 cm, which on a
    // 0.5 ha plot (perimeter ~270 m) can change the area by ~0.05 %. That is the regulation's precision, so
    // this format is held to 0.1 %; the formats that keep full precision are held to 0.01 % above.
    expectSameAreas(await reimport(written.files[0]?.path ?? file), await areasOf(core, orgId), 1e-3);
  });

  it('UTM 17S (the districts shapefile) and PSAD56 / UTM 17S (made by GDAL) round-trip through GeoJSON', async () => {
    const core = await tempCore();
    cores.push(core);
    const org = await ok(core, 'organisations.create', { name: 'Distritos', type: 'otra' });
    const opened = await ok(core, 'imports.open', {
      source: { path: fixture('admin', 'cajamarca_distritos_utm17s.zip') },
    });
    await ok(core, 'imports.commit', {
      importId: opened.importId,
      organisationId: org.id,
      mapping: { plotName: 'IDDIST', producerName: 'NOMBPROV' },
    });
    const file = path.join(tempDir(), 'distritos.geojson');
    await ok(core, 'exports.write', { format: 'geojson', organisationId: org.id, outputPath: file });
    expectSameAreas(await reimport(file), await areasOf(core, org.id));

    // PSAD56: the same provinces reprojected by GDAL with the Peruvian transformation, then imported back.
    const dir = tempDir();
    execFileSync('ogr2ogr', [
      '-f',
      'ESRI Shapefile',
      '-t_srs',
      'EPSG:24877',
      '-ct',
      '+proj=pipeline +step +proj=axisswap +order=2,1 +step +proj=unitconvert +xy_in=deg +xy_out=rad +step +proj=push +v_3 +step +proj=cart +ellps=WGS84 +step +inv +proj=helmert +x=-279 +y=175 +z=-379 +step +inv +proj=cart +ellps=intl +step +proj=pop +v_3 +step +proj=utm +zone=17 +south +ellps=intl',
      path.join(dir, 'psad'),
      fixture('admin', 'cajamarca_provincias.geojson'),
    ]);
    const zip = path.join(dir, 'psad56.zip');
    execFileSync('python3', [
      '-c',
      `import zipfile,os,sys; z=zipfile.ZipFile(sys.argv[1],'w'); [z.write(os.path.join(sys.argv[2],f), f) for f in os.listdir(sys.argv[2])]`,
      zip,
      path.join(dir, 'psad'),
    ]);
    const direct = await reimport(fixture('admin', 'cajamarca_provincias.geojson'));
    expectSameAreas(await reimport(zip), direct);
    expect(fs.existsSync(zip)).toBe(true);
  });
});
