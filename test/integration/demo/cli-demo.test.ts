import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli.js';
import { createCore } from '../../../electron/core/create-core.js';
import { DEMO_ORGANISATION_NAME } from '../../../electron/core/demo/demo-content.js';
import { ok } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp-dir.js';

const run = async (argv: string[], dataDir: string) => {
  const out: string[] = [];
  const err: string[] = [];
  const env = { LANG: 'es_PE.UTF-8', CAFETAL_DATA_DIR: dataDir };
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
};

const pdfWords = (file: string): string =>
  execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

function fingerprint(file: string) {
  const stat = fs.statSync(file);
  return { hash: createHash('sha256').update(fs.readFileSync(file)).digest('hex'), mtimeMs: stat.mtimeMs };
}

describe('cafetal demo', () => {
  it('loads and resets the demo on a computer that has no data of its own yet, and creates none', async () => {
    const dir = tempDir();
    for (const sub of ['load', 'reset']) {
      const result = await run(['demo', sub, '--json'], dir);
      expect(result.code, result.stderr).toBe(0);
      expect((JSON.parse(result.stdout) as { counts: { plots: number } }).counts.plots).toBeGreaterThan(40);
    }
    expect(fs.existsSync(path.join(dir, 'cafetal.sqlite'))).toBe(false);
  });

  it(
    'load and reset the demo beside the data folder, run commands and print all three reports with --demo; the real database is never touched',
    { timeout: 300_000 },
    async () => {
      const dir = tempDir();
      const real = path.join(dir, 'cafetal.sqlite');
      const core = await createCore({ dbPath: real, dataDir: dir });
      await ok(core, 'organisations.create', { name: 'Cooperativa Real Tabaconas', type: 'cooperativa' });
      core.close();
      const before = fingerprint(real);

      const loaded = await run(['demo', 'load', '--json'], dir);
      expect(loaded.code).toBe(0);
      const first = JSON.parse(loaded.stdout) as { dbPath: string; generated: boolean; counts: { plots: number } };
      expect(first.dbPath).toBe(path.join(dir, 'demo', 'cafetal-demo.sqlite'));
      expect(first.generated).toBe(true);
      expect(first.counts.plots).toBeGreaterThan(40);

      const again = await run(['demo', 'load', '--json'], dir);
      expect(JSON.parse(again.stdout)).toMatchObject({ generated: false, counts: first.counts });

      // A demo made by an older generator is made again, not opened as it is.
      const stale = await createCore({ dbPath: first.dbPath, dataDir: path.dirname(first.dbPath) });
      stale.context.db
        .prepare("UPDATE settings SET value = json_set(value, '$.formatVersion', 0) WHERE key = 'demo'")
        .run();
      stale.close();
      expect(JSON.parse((await run(['demo', 'load', '--json'], dir)).stdout)).toMatchObject({ generated: true });

      const text = await run(['demo', 'load'], dir);
      expect(text.stdout).toContain(first.dbPath);
      expect(text.stdout).toContain(DEMO_ORGANISATION_NAME);

      const reset = await run(['demo', 'reset', '--json'], dir);
      expect(JSON.parse(reset.stdout)).toMatchObject({ generated: true, active: true, counts: first.counts });

      const info = JSON.parse((await run(['info', '--demo', '--json'], dir)).stdout) as { workspace: string };
      expect(info.workspace).toBe('demo');
      const realInfo = JSON.parse((await run(['info', '--json', '--db', real], dir)).stdout) as {
        workspace: string;
        counts: { organisations: number };
      };
      expect(realInfo).toMatchObject({ workspace: 'main', counts: { organisations: 1 } });

      const plans = JSON.parse(
        (await run(['plans', 'list', '--org', DEMO_ORGANISATION_NAME, '--demo', '--json'], dir)).stdout,
      ) as { id: string; kind: string; approvedAt: string | null }[];
      const approved = plans.find((p) => p.kind === 'farm' && p.approvedAt !== null);
      expect(approved).toBeDefined();

      const orgPdf = path.join(dir, 'plan-org.pdf');
      const org = await run(['report', 'org-plan', '--org', DEMO_ORGANISATION_NAME, '--demo', '-o', orgPdf], dir);
      expect(org.stderr).toBe('');
      expect(org.code).toBe(0);
      expect(pdfWords(orgPdf)).toContain(DEMO_ORGANISATION_NAME);

      const farmPdf = path.join(dir, 'plan-finca.pdf');
      const farm = await run(['report', 'farm-plan', '--plan', approved?.id ?? '', '--demo', '-o', farmPdf], dir);
      expect(farm.code).toBe(0);
      expect(pdfWords(farmPdf)).toContain('Plan de finca 2026–2030');

      const sheetsPdf = path.join(dir, 'fichas.pdf');
      const sheets = await run(
        ['report', 'plot-sheets', '--org', DEMO_ORGANISATION_NAME, '--demo', '-o', sheetsPdf],
        dir,
      );
      expect(sheets.code).toBe(0);
      expect(pdfWords(sheetsPdf)).toContain('DEMO-001');

      expect(fingerprint(real)).toEqual(before);
    },
  );
});
