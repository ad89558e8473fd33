import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

/** The CLI as a laptop's IT staff run it: one data folder per laptop (CAFETAL_DATA_DIR). */
const cli = async (dataDir: string, argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: { LANG: 'es_PE.UTF-8', CAFETAL_DATA_DIR: dataDir },
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
};

describe('cafetal package export | inspect | import | status', () => {
  it('moves an organisation from one laptop to another, previews first, and refuses a changed byte', async () => {
    const root = tempDir();
    const field = path.join(root, 'campo');
    const office = path.join(root, 'oficina');
    expect(
      (await cli(field, ['organisations', 'create', '--name', 'Cooperativa La Prosperidad', '--type', 'cooperativa']))
        .code,
    ).toBe(0);
    const file = path.join(root, 'campo.cafetal');
    const exported = await cli(field, ['package', 'export', '-o', file, '--json']);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({ entries: 1, rasterFiles: 0, path: file });

    const inspected = await cli(office, ['package', 'inspect', file, '--json']);
    const report = JSON.parse(inspected.stdout) as {
      applied: boolean;
      tables: { table: string; new: number }[];
      sender: { knownBefore: boolean };
    };
    expect(report.applied).toBe(false);
    expect(report.sender.knownBefore).toBe(false);
    expect(report.tables.map((t) => t.table)).toHaveLength(11);
    expect(report.tables.find((t) => t.table === 'organisations')?.new).toBe(1);
    expect((await cli(office, ['organisations', 'list'])).stdout).not.toContain('La Prosperidad');

    const dryRun = await cli(office, ['package', 'import', file, '--dry-run']);
    expect(dryRun.stdout).toContain('Simulación: no se guardó nada.');
    expect((await cli(office, ['organisations', 'list'])).stdout).not.toContain('La Prosperidad');

    const imported = await cli(office, ['package', 'import', file]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/organisations\s+1\s+0\s+0\s+0/);
    expect((await cli(office, ['organisations', 'list'])).stdout).toContain('La Prosperidad');

    const status = JSON.parse((await cli(office, ['package', 'status', '--json'])).stdout) as {
      peers: { id: string }[];
    };
    const fieldStatus = JSON.parse((await cli(field, ['package', 'status', '--json'])).stdout) as {
      device: { id: string };
    };
    expect(status.peers.map((p) => p.id)).toEqual([fieldStatus.device.id]);
    const back = path.join(root, 'oficina.cafetal');
    expect(
      (await cli(office, ['package', 'export', '-o', back, '--since-last-exchange-with', fieldStatus.device.id])).code,
    ).toBe(0);
    expect((await cli(field, ['package', 'import', back])).stdout).toContain('El paquete no trae nada nuevo.');

    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 100]! ^= 0x10;
    fs.writeFileSync(file, bytes);
    const refused = await cli(office, ['package', 'import', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('El paquete fue modificado después de firmarse');
    const refusedJson = await cli(office, ['package', 'import', file, '--json']);
    expect(JSON.parse(refusedJson.stdout)).toMatchObject({ error: { details: { reason: 'TAMPERED' } } });
  });

  it('says how to call it when the subcommand or file is missing', async () => {
    const dir = tempDir();
    const result = await cli(dir, ['package', 'inspect']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cafetal package inspect FILE');
  });
});
