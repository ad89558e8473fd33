import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/store/migrations/index.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const run = async (argv: string[], env: NodeJS.ProcessEnv = {}) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: { LANG: 'es_PE.UTF-8', ...env },
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
};

describe('cafetal CLI', () => {
  it('info --json prints the database path, schema version and counts', async () => {
    const dbPath = path.join(tempDir(), 'campo.sqlite');
    const { code, stdout } = await run(['info', '--json', '--db', dbPath]);
    expect(code).toBe(0);
    const info = JSON.parse(stdout);
    expect(info).toMatchObject({
      dbPath,
      schemaVersion: LATEST_SCHEMA_VERSION,
      counts: { organisations: 0, producers: 0, plots: 0, layers: 0, plans: 0 },
      workspace: 'main',
    });
    expect(Object.keys(info).sort()).toEqual([
      'appVersion',
      'counts',
      'dataDir',
      'dbPath',
      'schemaVersion',
      'sqliteVersion',
      'workspace',
    ]);
  });

  it('--db wins over CAFETAL_DB, which wins over CAFETAL_DATA_DIR', async () => {
    const dir = tempDir();
    const fromEnv = path.join(dir, 'env.sqlite');
    const fromFlag = path.join(dir, 'flag.sqlite');
    expect(JSON.parse((await run(['info', '--json'], { CAFETAL_DB: fromEnv })).stdout).dbPath).toBe(fromEnv);
    expect(JSON.parse((await run(['info', '--json', '--db', fromFlag], { CAFETAL_DB: fromEnv })).stdout).dbPath).toBe(
      fromFlag,
    );
    const dataDir = path.join(dir, 'datos');
    expect(JSON.parse((await run(['info', '--json'], { CAFETAL_DATA_DIR: dataDir })).stdout).dbPath).toBe(
      path.join(dataDir, 'cafetal.sqlite'),
    );
  });

  it('creates and lists organisations, with counts in Spanish text output', async () => {
    const db = path.join(tempDir(), 'c.sqlite');
    const created = await run([
      'organisations',
      'create',
      '--db',
      db,
      '--name',
      'Cooperativa Sallique',
      '--type',
      'cooperativa',
      '--json',
    ]);
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout).name).toBe('Cooperativa Sallique');
    const listed = await run(['organisations', 'list', '--db', db, '--json']);
    expect(JSON.parse(listed.stdout).map((o: { name: string }) => o.name)).toEqual(['Cooperativa Sallique']);
    const text = await run(['info', '--db', db]);
    expect(text.stdout).toMatch(/Organizaciones\s+1/);
    const english = await run(['info', '--db', db, '--lang', 'en']);
    expect(english.stdout).toMatch(/Organisations\s+1/);
  });

  it('exits 1 with a translated message and a JSON error on invalid input', async () => {
    const db = path.join(tempDir(), 'c.sqlite');
    const text = await run(['organisations', 'create', '--db', db, '--name', 'A', '--type', 'club']);
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/datos no son válidos|inválid/i);
    const json = await run(['organisations', 'create', '--db', db, '--name', 'A', '--type', 'club', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).error.code).toBe('VALIDATION');
  });

  it('exits 2 on an unknown command or flag', async () => {
    expect((await run(['explode'])).code).toBe(2);
    expect((await run(['info', '--colour'])).code).toBe(2);
  });

  it('the installed bin runs the same CLI', async () => {
    const db = path.join(tempDir(), 'bin.sqlite');
    const bin = path.resolve('electron/cli/bin.mjs');
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'info', '--json', '--db', db]);
    expect(JSON.parse(stdout).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
  }, 30_000);
});
