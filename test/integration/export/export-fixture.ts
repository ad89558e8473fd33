import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { Core } from '../../../electron/core/create-core.js';
import { exportPlots } from '../../../electron/core/export/export-plots.js';
import type { ExportRequest } from '../../../electron/core/export/export-plots.js';
import { ok, tempCore } from '../../helpers/core.js';

/** GDAL's ogrinfo, when installed (Debian: gdal-bin); tests that need it are skipped without it. */
export const hasOgrinfo = (() => {
  try {
    execFileSync('ogrinfo', ['--version'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
})();

export function ogrinfo(...args: string[]): string {
  return execFileSync('ogrinfo', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const rect = (lon: number, lat: number, w: number, h: number): Position[] => [
  [lon, lat],
  [lon + w, lat],
  [lon + w, lat + h],
  [lon, lat + h],
  [lon, lat],
];
/** Micro-degree offsets from a base corner: sizes chosen so rounding to 6 decimals moves vertices. */
const micro = (lon: number, lat: number, offsets: [number, number][]): Position[] =>
  offsets.map(([dx, dy]) => [lon + dx * 1e-6, lat + dy * 1e-6]);

/** Clockwise on purpose: exports must rewind it to RFC 7946's counter-clockwise. */
const clockwise = (ring: Position[]): Position[] => [...ring].reverse();

export interface ExportFixture {
  core: Core & { dir: string };
  organisationId: string;
  plotIds: Record<string, string>;
  run: (request: Omit<ExportRequest, 'outputPath'> & { file: string }) => ReturnType<typeof exportPlots>;
  out: (file: string) => string;
}

/**
 * A cooperative of San Ignacio (Cajamarca) with the plots a real export meets:
 * accents, a GPS point, a plot over 4 ha, a MultiPolygon, a hole, a deleted
 * plot, and three plots that only fail EUDR checks after rounding to 6 decimals.
 */
export async function exportFixture(): Promise<ExportFixture> {
  const core = await tempCore();
  const org = await ok(core, 'organisations.create', {
    name: 'Cooperativa Agraria Cafetalera La Ñora',
    type: 'cooperativa',
    province: 'San Ignacio',
    district: 'San José de Lourdes',
  });
  const producer = (memberCode: string, names: string, extra: Record<string, unknown> = {}) =>
    ok(core, 'producers.create', { organisationId: org.id, memberCode, names, ...extra });
  const maria = await producer('LÑ-001', 'María Núñez Peña', { dni: '41234567', district: 'Tabaconas' });
  const jose = await producer('LÑ-002', 'José Ángel Huamán Córdova', { dni: '42345678' });
  const rosa = await producer('LÑ-003', 'Rosa "La Chiquita" Díaz, hija');

  const plotIds: Record<string, string> = {};
  const plot = async (
    key: string,
    producerId: string,
    name: string,
    geometry: Polygon | MultiPolygon | Point,
    extra = {},
  ) => {
    plotIds[key] = (await ok(core, 'plots.create', { producerId, name, geometry, ...extra })).id;
  };
  await plot(
    'canaveral',
    maria.id,
    'El Cañaveral',
    { type: 'Polygon', coordinates: [clockwise(rect(-78.95, -5.4, 0.001, 0.001))] },
    {
      altitudeM: 1650,
      variety: 'Caturra',
      productionSystem: 'organico',
      plantingYear: 2016,
    },
  );
  await plot(
    'pena',
    maria.id,
    'La Peña Grande',
    { type: 'Polygon', coordinates: [rect(-78.94, -5.4, 0.003, 0.0025)] },
    {
      altitudeM: 1720,
      variety: 'Catimor',
    },
  );
  await plot('quebradas', jose.id, 'Dos Quebradas', {
    type: 'MultiPolygon',
    coordinates: [[rect(-78.93, -5.4, 0.0008, 0.0008)], [rect(-78.928, -5.4, 0.0006, 0.0006)]],
  });
  await plot('huerto', jose.id, 'Con huerto', {
    type: 'Polygon',
    coordinates: [rect(-78.92, -5.4, 0.002, 0.002), clockwise(rect(-78.9195, -5.3995, 0.0005, 0.0005))],
  });
  await plot(
    'punto',
    jose.id,
    'Punto GPS Ñangalí',
    { type: 'Point', coordinates: [-78.91, -5.39] },
    { declaredAreaHa: 0.8 },
  );
  await plot(
    'puntoGrande',
    rosa.id,
    'Potrero grande',
    { type: 'Point', coordinates: [-78.905, -5.39] },
    { declaredAreaHa: 6 },
  );
  // Three vertices within 0.3 µ° of each other: one vertex after rounding to 6 decimals.
  await plot('diminuta', rosa.id, 'Diminuta', {
    type: 'Polygon',
    coordinates: [
      micro(-78.9, -5.38, [
        [0.1, 0.1],
        [0.3, 0.1],
        [0.1, 0.3],
        [0.1, 0.1],
      ]),
    ],
  });
  // Valid as drawn; rounding lowers the bottom edge's left end and drops P4 below it, so edges cross.
  await plot('cruzada', rosa.id, 'Cruzada al redondear', {
    type: 'Polygon',
    coordinates: [
      micro(-78.89, -5.38, [
        [0, 0.4],
        [1000, 0.6],
        [1000, 1000],
        [300, 1000],
        [200, 0.49],
        [0, 0.4],
      ]),
    ],
  });
  // The same plot mapped twice (7th-decimal difference): a duplicate once rounded.
  const twin = rect(-78.88, -5.38, 0.001, 0.001);
  await plot('gemela1', maria.id, 'Gemela A', { type: 'Polygon', coordinates: [twin] });
  await plot('gemela2', rosa.id, 'Gemela B', {
    type: 'Polygon',
    coordinates: [
      twin.map(([x, y], i) => (i === 2 ? [(x as number) + 2e-7, y as number] : [x as number, y as number])),
    ],
  });
  await plot('borrada', rosa.id, 'Borrada', { type: 'Polygon', coordinates: [rect(-78.87, -5.38, 0.001, 0.001)] });
  await ok(core, 'plots.remove', { id: plotIds.borrada });

  const out = (file: string) => path.join(core.dir, file);
  return {
    core,
    organisationId: org.id,
    plotIds,
    out,
    run: ({ file, ...request }) => exportPlots(core.context.db, { ...request, outputPath: out(file) }),
  };
}

/** Live plots of the fixture. */
export const LIVE_PLOTS = 10;
