import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RecoveryStatus } from '../../shared/api/recovery.js';
import { runCli } from '../../electron/cli/run-cli.js';
import { createCore } from '../../electron/core/create-core.js';
import { whenHealthy } from '../../electron/core/recovery/recovery-hold.js';
import { ok } from '../helpers/core.js';
import { tempDir } from '../helpers/temp-dir.js';
import { databaseWithPlots, garbleTablePage, integrityOf, sha256 } from './damage.js';

type Damaged = Extract<RecoveryStatus, { state: 'damaged' }>;

/** 200 plots and 100 families, an automatic backup of them, then 40 more plots the backup does not have. */
async function damagedWithBackup(dir: string) {
  const { dbPath, orgId } = await databaseWithPlots(dir, 200);
  const core = await createCore({ dbPath, dataDir: dir, startupBackup: true });
  const backups = await ok(core, 'backups.list', {});
  const later = await ok(core, 'producers.create', { organisationId: orgId, memberCode: 'L-1', names: 'Después' });
  core.close();
  const page = garbleTablePage(dbPath, 'plots');
  return { dbPath, orgId, backup: backups[0], later, page };
}

describe('a database damaged before the app starts', () => {
  it('is held untouched: the core reports the damage, answers nothing else, and takes no start-up backup', async () => {
    const dir = tempDir();
    const { dbPath, page } = await damagedWithBackup(dir);
    expect(page).toBeGreaterThan(2);
    expect(integrityOf(dbPath)[0]).not.toBe('ok');
    const before = sha256(dbPath);
    const backupsBefore = fs.readdirSync(path.join(dir, 'backups'));

    const core = await createCore({ dbPath, dataDir: dir, startupBackup: true });
    expect(core.recovery?.damage.reason).toBe('CORRUPT');
    const status = (await ok(core, 'recovery.status', {})) as Damaged;
    expect(status.state).toBe('damaged');
    expect(status.damage.path).toBe(dbPath);
    expect(status.damage.problems.length).toBeGreaterThan(0);
    // The newest backup was checked as a restore checks it, and holds what the data held then.
    expect(status.backups[0]?.refusal).toBeNull();
    expect(status.backups[0]?.summary?.counts).toMatchObject({ organisations: 1, producers: 100, plots: 200 });
    expect(status.canQuit).toBe(false);

    const refused = await core.call('producers.list', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'DB_UNREADABLE', details: { reason: 'DAMAGED' } } });
    core.close();
    // No migration, no WAL switch, no backup of the damaged file rotated in.
    expect(sha256(dbPath)).toBe(before);
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual(backupsBefore);
  });

  it('restores the latest backup after moving the damaged file aside, byte for byte', async () => {
    const dir = tempDir();
    const { dbPath, orgId, backup } = await damagedWithBackup(dir);
    const damagedBytes = sha256(dbPath);
    const core = await createCore({ dbPath, dataDir: dir, startupBackup: true });
    let healthy = 0;
    whenHealthy(core.context, () => {
      healthy += 1;
    });
    expect(healthy).toBe(0);

    const result = await ok(core, 'recovery.restore', { source: { backupFileName: backup?.fileName }, confirm: true });
    expect(path.dirname(result.damagedMovedTo)).toBe(dir);
    expect(path.basename(result.damagedMovedTo)).toMatch(/^cafetal\.danado-\d{8}T\d{9}Z\.sqlite$/);
    expect(sha256(result.damagedMovedTo)).toBe(damagedBytes);
    expect(result.restored.counts).toMatchObject({ organisations: 1, producers: 100, plots: 200 });
    expect(core.recovery).toBeNull();
    expect(healthy).toBe(1);

    // The app carries on with the backup's data: the family added after the backup is gone, the rest is there.
    const families = await ok(core, 'producers.list', { organisationId: orgId });
    expect(families).toHaveLength(100);
    expect(families.some((family) => family.memberCode === 'L-1')).toBe(false);
    expect((await ok(core, 'recovery.status', {})).state).toBe('ok');
    await ok(core, 'producers.create', { organisationId: orgId, memberCode: 'N-1', names: 'Nueva' });
    core.close();

    expect(integrityOf(dbPath)).toEqual(['ok']);
    const reopened = await createCore({ dbPath, dataDir: dir });
    expect(reopened.recovery).toBeNull();
    expect(await ok(reopened, 'producers.list', { organisationId: orgId })).toHaveLength(101);
    reopened.close();
    expect(sha256(result.damagedMovedTo)).toBe(damagedBytes);
  });

  it('tells a file that is not a database and one cut short, and refuses to restore a damaged backup', async () => {
    const dir = tempDir();
    const { dbPath } = await databaseWithPlots(dir, 50);
    const good = fs.readFileSync(dbPath);

    fs.writeFileSync(dbPath, Buffer.concat([Buffer.from('not a database at all'), good.subarray(21)]));
    let core = await createCore({ dbPath, dataDir: dir });
    expect(core.recovery?.damage.reason).toBe('NOT_SQLITE');
    core.close();

    fs.writeFileSync(dbPath, good.subarray(0, good.length - 4096));
    core = await createCore({ dbPath, dataDir: dir });
    expect(core.recovery?.damage.reason).toBe('TRUNCATED');
    // A damaged "backup" is refused and nothing moves.
    const bad = path.join(dir, 'bad-copy.sqlite');
    fs.writeFileSync(bad, good.subarray(0, 8192));
    const refused = await core.call('recovery.restore', { source: { path: bad }, confirm: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FILE_UNREADABLE', details: { reason: 'CORRUPT' } } });
    expect(fs.readdirSync(dir).filter((name) => name.includes('danado'))).toEqual([]);
    expect(core.recovery).not.toBeNull();
    core.close();
  });

  it('leaves a healthy database alone: recovery.status says ok and recovery.restore refuses', async () => {
    const dir = tempDir();
    const { dbPath } = await databaseWithPlots(dir, 10);
    const core = await createCore({ dbPath, dataDir: dir });
    expect(core.recovery).toBeNull();
    expect(await ok(core, 'recovery.status', {})).toEqual({ state: 'ok' });
    const refused = await core.call('recovery.restore', { source: { path: dbPath }, confirm: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'NOT_DAMAGED' } } });
    expect(await ok(core, 'recovery.quit', {})).toEqual({ quitting: false });
    core.close();
  });

  it('the CLI says so and exits 1, offers the latest backup, and `cafetal restore FILE` puts it in place', async () => {
    const dir = tempDir();
    const { dbPath, backup } = await damagedWithBackup(dir);
    const damagedBytes = sha256(dbPath);
    const cli = async (argv: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli([...argv, '--db', dbPath], {
        out: (line) => out.push(line),
        err: (line) => err.push(line),
        env: { LANG: 'es_PE.UTF-8', CAFETAL_DATA_DIR: dir },
      });
      return { code, out: out.join('\n'), err: err.join('\n') };
    };

    const info = await cli(['info']);
    expect(info.code).toBe(1);
    expect(info.err).toContain('La base de datos está dañada; Cafetal no la abrió y no cambió nada en el archivo.');
    expect(info.err).toContain(dbPath);
    expect(info.err).toContain('Partes del archivo están dañadas');
    expect(info.err).toContain('Organizaciones: 1 · Productores: 100 · Parcelas: 200 · Planes: 0 · Capas: 0');
    expect(info.err).toContain(`cafetal restore ${backup?.path}`);
    const json = await cli(['organisations', 'list', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({
      error: { code: 'DB_UNREADABLE', details: { reason: 'DAMAGED', damage: { path: dbPath, reason: 'CORRUPT' } } },
    });
    expect(sha256(dbPath)).toBe(damagedBytes);

    const restored = await cli(['restore', backup?.path ?? '', '--yes']);
    expect(restored.code).toBe(0);
    const movedTo = /El archivo dañado quedó en: (.+)$/m.exec(restored.out)?.[1] ?? '';
    expect(sha256(movedTo)).toBe(damagedBytes);
    const after = await cli(['info', '--json']);
    expect(after.code).toBe(0);
    expect(JSON.parse(after.out)).toMatchObject({ counts: { producers: 100, plots: 200 } });
  });
});
