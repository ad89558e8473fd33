import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { dumpHash } from './backup-fixtures.js';

const run = async (argv: string[], answer?: string) => {
  const out: string[] = [];
  const err: string[] = [];
  const asked: string[] = [];
  const code = await runCli(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: { LANG: 'es_PE.UTF-8' },
    ...(answer === undefined
      ? {}
      : {
          ask: (question: string) => {
            asked.push(question);
            return Promise.resolve(answer);
          },
        }),
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), asked };
};

const hashOf = (dbPath: string): string => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return dumpHash(db);
  } finally {
    db.close();
  }
};

async function organisation(db: string, name: string): Promise<void> {
  expect((await run(['organisations', 'create', '--db', db, '--name', name, '--type', 'cooperativa'])).code).toBe(0);
}

describe('cafetal backup -o / cafetal restore', () => {
  it('backs up to a chosen file, then restores it with --yes', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'datos', 'cafetal.sqlite');
    await organisation(db, 'Cooperativa Agraria Cafetalera Bagua Grande');
    const file = path.join(dir, 'usb-respaldo.sqlite');
    const backup = await run(['backup', '--db', db, '-o', file, '--json']);
    expect(backup.code).toBe(0);
    expect(JSON.parse(backup.stdout)).toEqual({ path: file, sizeBytes: fs.statSync(file).size });
    const atBackup = hashOf(db);
    await organisation(db, 'Asociación Agraria Nuevo Horizonte');

    const restored = await run(['restore', file, '--db', db, '--yes']);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/Organizaciones\s+2\s+1/);
    expect(restored.stdout).toContain('Antes, Cafetal guardará una copia de seguridad');
    expect(restored.stdout).toMatch(/Copia restaurada: usb-respaldo\.sqlite/);
    expect(hashOf(db)).toBe(atBackup);
    expect(fs.readdirSync(path.join(dir, 'datos', 'backups'))).toEqual([
      expect.stringMatching(/^cafetal-antes-de-restaurar-.*\.sqlite$/),
    ]);
  });

  it('without --yes: asks on a terminal, needs --yes otherwise; --json is stable', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'cafetal.sqlite');
    await organisation(db, 'Cooperativa Perené');
    const file = path.join(dir, 'copia.sqlite');
    expect((await run(['backup', '--db', db, '-o', file])).code).toBe(0);
    await organisation(db, 'Cooperativa La Florida');
    const before = hashOf(db);

    const unattended = await run(['restore', file, '--db', db]);
    expect(unattended.code).toBe(2);
    expect(unattended.stderr).toContain('añada --yes');
    const declined = await run(['restore', file, '--db', db], 'n');
    expect(declined.asked).toEqual(['¿Reemplazar los datos actuales por esta copia? [s/N] ']);
    expect(declined.code).toBe(1);
    expect(hashOf(db)).toBe(before);

    const accepted = await run(['restore', file, '--db', db, '--json'], 's');
    expect(accepted.code).toBe(2); // --json never asks: scripts pass --yes
    const json = await run(['restore', file, '--db', db, '--json', '--yes']);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout);
    expect(Object.keys(parsed)).toEqual(['inspection', 'result']);
    expect(parsed.inspection).toMatchObject({
      fileName: 'copia.sqlite',
      willMigrate: false,
      backup: { counts: { organisations: 1 } },
      current: { counts: { organisations: 2 } },
    });
    expect(Object.keys(parsed.result).sort()).toEqual(['migratedFrom', 'restored', 'safetyBackup', 'schemaVersion']);
  });

  it('refuses a file that is not a Cafetal backup: exit 1, a translated reason, data untouched', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'cafetal.sqlite');
    await organisation(db, 'Cooperativa Sol y Café');
    const before = hashOf(db);
    const notes = path.join(dir, 'notas.sqlite');
    fs.writeFileSync(notes, 'no es una base de datos');
    const text = await run(['restore', notes, '--db', db, '--yes']);
    expect(text.code).toBe(1);
    expect(text.stderr).toContain('El archivo no es una copia de Cafetal');
    const english = await run(['restore', notes, '--db', db, '--yes', '--lang', 'en']);
    expect(english.stderr).toContain('The file is not a Cafetal backup');
    const json = await run(['restore', notes, '--db', db, '--yes', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      error: { code: 'FILE_UNREADABLE', details: { reason: 'NOT_SQLITE' } },
    });
    expect(hashOf(db)).toBe(before);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('backup -o into a folder that does not exist, or over the database itself, is refused', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'cafetal.sqlite');
    await organisation(db, 'Cooperativa Valle de Sandia');
    const missing = await run(['backup', '--db', db, '-o', path.join(dir, 'no-existe', 'copia.sqlite'), '--json']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout)).toMatchObject({
      error: { code: 'NOT_FOUND', details: { reason: 'FOLDER_MISSING' } },
    });
    const same = await run(['backup', '--db', db, '-o', db, '--json']);
    expect(JSON.parse(same.stdout)).toMatchObject({ error: { details: { reason: 'SAME_FILE' } } });
  });
});
