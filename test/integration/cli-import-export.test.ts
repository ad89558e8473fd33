import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli.js';
import { fixture } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/temp-dir.js';

const run = async (argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env: { LANG: 'es_PE.UTF-8' } });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
};

describe('cafetal import / export', () => {
  it('imports a shapefile into a new organisation, says it was created, and exports it again', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'c.sqlite');
    const imported = await run([
      'import',
      fixture('admin', 'cajamarca_distritos_utm17s.zip'),
      '--org',
      'Central de Cooperativas',
      '--map',
      'plotName=NOMBDIST',
      '--map',
      'producerName=NOMBPROV',
      '--db',
      db,
      '--json',
    ]);
    expect(imported.code).toBe(0);
    const summary = JSON.parse(imported.stdout);
    expect(summary.organisation).toMatchObject({ name: 'Central de Cooperativas', created: true });
    expect(summary.crs).toMatchObject({ code: 32717, name: 'WGS 84 / UTM 17S' });
    expect(summary.counts).toMatchObject({ warnings: 127, rejected: 0 });
    expect(summary.features[0]).toMatchObject({
      verdict: 'warnings',
      reasons: [expect.objectContaining({ code: 'AREA_TOO_LARGE' })],
    });

    const again = await run([
      'import',
      fixture('admin', 'cajamarca_distritos_utm17s.zip'),
      '--org',
      'central de cooperativas',
      '--map',
      'plotName=NOMBDIST',
      '--map',
      'producerName=NOMBPROV',
      '--db',
      db,
    ]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/ya estaba 127/);
    expect(again.stdout).not.toMatch(/Organización creada/);

    const out = path.join(dir, 'distritos.geojson');
    const exported = await run([
      'export',
      'geojson',
      '--org',
      'Central de Cooperativas',
      '-o',
      out,
      '--db',
      db,
      '--json',
    ]);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout).plotCount).toBe(127);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).features).toHaveLength(127);
  });

  it('a dry run writes nothing', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'c.sqlite');
    await run(['organisations', 'create', '--name', 'Aprocassi', '--type', 'asociacion', '--db', db]);
    const dry = await run([
      'import',
      fixture('admin', 'cajamarca_provincias.geojson'),
      '--org',
      'Aprocassi',
      '--map',
      'producerName=NOMBPROV',
      '--dry-run',
      '--db',
      db,
      '--json',
    ]);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, counts: { warnings: 13 } });
    expect(JSON.parse((await run(['info', '--json', '--db', db])).stdout).counts).toMatchObject({
      plots: 0,
      producers: 0,
    });
  });

  it('exits 1 with a translated message when the file cannot be read', async () => {
    const db = path.join(tempDir(), 'c.sqlite');
    const bad = await run(['import', fixture('shapefile', 'badzip.zip'), '--org', 'X Y', '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/No se pudo leer el archivo/);
    const json = await run(['import', fixture('shapefile', 'no-dbf.zip'), '--org', 'X Y', '--db', db, '--json']);
    expect(JSON.parse(json.stdout).error).toMatchObject({ code: 'FILE_UNREADABLE', details: { reason: 'NO_DBF' } });
  });

  it('exits 1 when no feature could be imported (every placemark outside Peru)', async () => {
    const db = path.join(tempDir(), 'c.sqlite');
    const result = await run(['import', fixture('kml', 'multigeometry.kml'), '--org', 'Lejos', '--db', db, '--json']);
    expect(result.code).toBe(1);
    const summary = JSON.parse(result.stdout);
    expect(summary.counts.imported + summary.counts.warnings).toBe(0);
  });
});
