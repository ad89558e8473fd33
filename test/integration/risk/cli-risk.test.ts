import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli.js';
import { createCore } from '../../../electron/core/create-core.js';
import { ok } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp-dir.js';

const run = async (argv: string[], lang = 'es_PE.UTF-8') => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env: { LANG: lang } });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
};

const ring = (w: number, s: number, e: number, n: number) => [
  [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ],
];

/** A database with one organisation and two plots: La Loma at 1,350 msnm inside the "3" zone, El Bajo at 800 m outside. */
async function seed(dir: string): Promise<string> {
  const db = path.join(dir, 'c.sqlite');
  const core = await createCore({ dbPath: db, dataDir: dir });
  const org = await ok(core, 'organisations.create', { name: 'Coop Tabaconas', type: 'cooperativa' });
  const ana = await ok(core, 'producers.create', { organisationId: org.id, memberCode: 'T-1', names: 'Ana Campos' });
  const polygon = (w: number, s: number, e: number, n: number) => ({ type: 'Polygon', coordinates: ring(w, s, e, n) });
  await ok(core, 'plots.create', {
    producerId: ana.id,
    name: 'La Loma',
    geometry: polygon(-78.995, -5.155, -78.99, -5.15),
    altitudeM: 1350,
    variety: 'Caturra',
  });
  await ok(core, 'plots.create', {
    producerId: ana.id,
    name: 'El Bajo',
    geometry: polygon(-78.9, -5.155, -78.895, -5.15),
    altitudeM: 800,
    variety: 'Marsellesa',
  });
  core.close();
  return db;
}

describe('cafetal layers / analyse', () => {
  it('adds a vector layer with --class-field and --map, then prints each plot’s levels as stable JSON', async () => {
    const dir = tempDir();
    const db = await seed(dir);
    const file = path.join(dir, 'peligro.geojson');
    fs.writeFileSync(
      file,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { GRADO: 3 },
            geometry: { type: 'Polygon', coordinates: ring(-79, -5.16, -78.98, -5.14) },
          },
        ],
      }),
    );
    const added = await run([
      'layers',
      'add',
      file,
      '--hazard',
      'landslide',
      '--class-field',
      'GRADO',
      '--map',
      '3=Muy alto',
      '--db',
      db,
      '--json',
    ]);
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({
      kind: 'vector',
      hazard: 'landslide',
      featureCount: 1,
      classMap: { '3': 'muy_alto' },
    });

    const analysed = await run([
      'analyse',
      '--org',
      'Coop Tabaconas',
      '--scenario',
      '2050_moderate',
      '--db',
      db,
      '--json',
    ]);
    expect(analysed.code).toBe(0);
    const result = JSON.parse(analysed.stdout) as {
      scenarioId: string;
      run: { analysed: number };
      plots: { plotName: string; temperatureC: number; levels: Record<string, string | null> }[];
    };
    expect(result.scenarioId).toBe('2050_moderate');
    expect(result.run.analysed).toBe(2);
    const loma = result.plots.find((p) => p.plotName === 'La Loma');
    const bajo = result.plots.find((p) => p.plotName === 'El Bajo');
    // 14.8 − 6.5 · (1350 − 2536) / 1000 + 2.0 = 24.509 °C.
    expect(loma?.temperatureC).toBeCloseTo(24.509, 2);
    expect(loma?.levels.landslide).toBe('muy_alto');
    expect(bajo?.levels.landslide).toBeNull();
    expect(Object.keys(loma?.levels ?? {})).toEqual(['thermal', 'rust', 'borer', 'frost', 'drought', 'landslide']);

    // Nothing changed: the second run analyses nothing; the text output is in Spanish.
    const again = await run(['analyse', '--org', 'Coop Tabaconas', '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Línea base');
    expect(again.stdout).toMatch(/La Loma .*Deslizamiento[^:]*: Muy alto/);
  });

  it('exits 2 on a wrong hazard type and 1 on an unknown organisation', async () => {
    const dir = tempDir();
    const db = await seed(dir);
    const file = path.join(dir, 'x.geojson');
    fs.writeFileSync(file, '{}');
    expect((await run(['layers', 'add', file, '--hazard', 'volcano', '--db', db])).code).not.toBe(0);
    const missing = await run(['analyse', '--org', 'Nadie', '--db', db]);
    expect(missing.code).toBe(1);
  });
});
