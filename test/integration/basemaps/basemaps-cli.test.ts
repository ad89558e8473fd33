import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli.js';
import { CAJAMARCA_BOX, rasterMbtiles, rasterPmtiles } from '../../helpers/basemap-sets.js';
import { tempDir } from '../../helpers/temp-dir.js';

async function run(argv: string[], dataDir: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: { LANG: 'es_PE.UTF-8', CAFETAL_DATA_DIR: dataDir },
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('cafetal basemaps', () => {
  it('adds MBTiles and PMTiles by path and lists them with zooms and coverage', async () => {
    const dataDir = tempDir();
    const files = tempDir();
    const added = await run(['basemaps', 'add', rasterMbtiles(files), '--name', 'Ortofoto', '--json'], dataDir);
    expect(added.code).toBe(0);
    const basemap = JSON.parse(added.stdout) as { id: string; fileName: string; bounds: number[] };
    expect(basemap).toMatchObject({ name: 'Ortofoto', kind: 'mbtiles-raster', format: 'png', minZoom: 5, maxZoom: 8 });
    expect(basemap.bounds).toEqual(CAJAMARCA_BOX);
    expect(fs.existsSync(path.join(dataDir, 'basemaps', basemap.fileName))).toBe(true);

    const text = await run(['basemaps', 'add', rasterPmtiles(files)], dataDir);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/pmtiles-raster {2}z4-7 {2}-79\.2000,-6\.8000,-78\.0000,-5\.6000 {2}Relieve$/);

    const list = await run(['basemaps', 'list', '--json'], dataDir);
    const parsed = JSON.parse(list.stdout) as { active: string; basemaps: { name: string }[] };
    expect(parsed.active).toBe('builtin');
    expect(parsed.basemaps.map((b) => b.name)).toEqual(['Ortofoto', 'Relieve']);
    const lines = (await run(['basemaps', 'list'], dataDir)).stdout.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('* builtin  Natural Earth');
    expect(lines[2]).toMatch(/^ {2}\S+ {2}pmtiles-raster .* Relieve$/);
  });

  it('refuses a foreign file with its reason and exit code 1', async () => {
    const dataDir = tempDir();
    const notes = path.join(tempDir(), 'notas.txt');
    fs.writeFileSync(notes, 'no es un mapa');
    const result = await run(['basemaps', 'add', notes, '--json'], dataDir);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      error: { code: 'FILE_UNREADABLE', details: { reason: 'UNKNOWN_FORMAT' } },
    });
    expect((await run(['basemaps', 'frobnicate'], dataDir)).code).toBe(1);
  });
});
