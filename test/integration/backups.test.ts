import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/store/migrations/index.js';
import { describe, expect, it } from 'vitest';
import { createBackup, listBackups, pruneBackups, rotateStartupBackup } from '../../electron/core/backups/backups.js';
import { createJobContext } from '../../electron/core/api/job-context.js';
import { createCore } from '../../electron/core/create-core.js';
import { ok, tempCore } from '../helpers/core.js';

describe('backups', () => {
  it('backups.create copies every row with the backup API and reports progress', async () => {
    const core = await tempCore();
    for (let i = 0; i < 50; i += 1)
      await ok(core, 'organisations.create', { name: `Organización ${i}`, type: 'asociacion' });
    const events: number[] = [];
    const result = await core.call('backups.create', {}, { onProgress: (e) => events.push(e.done) });
    core.close();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const backup = result.value as { path: string; sizeBytes: number };
    expect(backup.sizeBytes).toBeGreaterThan(0);
    expect(events.length).toBeGreaterThan(0);
    const copy = new Database(backup.path, { readonly: true });
    expect((copy.prepare('SELECT count(*) AS n FROM organisations').get() as { n: number }).n).toBe(50);
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    copy.close();
  });

  it('a cancelled backup leaves no file behind', async () => {
    const core = await tempCore();
    await ok(core, 'organisations.create', { name: 'Prueba', type: 'otra' });
    const controller = new AbortController();
    controller.abort();
    const job = createJobContext('c1', controller.signal, () => undefined);
    await expect(createBackup(core.context.db, core.context.backupDir, job)).rejects.toMatchObject({
      code: 'CANCELLED',
    });
    expect(fs.existsSync(core.context.backupDir) ? fs.readdirSync(core.context.backupDir) : []).toEqual([]);
    core.close();
  });

  it('the start-up backup keeps only the newest 7', async () => {
    const seed = await tempCore();
    await ok(seed, 'organisations.create', { name: 'Cooperativa La Prosperidad de Chirinos', type: 'cooperativa' });
    const { dbPath, dir } = seed;
    seed.close();
    for (let start = 0; start < 10; start += 1) {
      const core = await createCore({ dbPath, dataDir: dir, startupBackup: true });
      core.close();
    }
    const backupDir = path.join(dir, 'backups');
    const kept = listBackups(backupDir);
    expect(kept).toHaveLength(7);
    expect(kept.map((b) => b.fileName)).toEqual([...kept.map((b) => b.fileName)].sort().reverse());
    expect(fs.readdirSync(backupDir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('skips the start-up backup of an empty new database', async () => {
    const core = await tempCore();
    expect(await rotateStartupBackup(core.context.db, core.context.backupDir, 7)).toBeNull();
    expect(listBackups(core.context.backupDir)).toEqual([]);
    core.close();
  });

  it('pruneBackups ignores files that are not Cafetal backups', async () => {
    const core = await tempCore();
    await ok(core, 'organisations.create', { name: 'X y Z', type: 'otra' });
    fs.mkdirSync(core.context.backupDir, { recursive: true });
    fs.writeFileSync(path.join(core.context.backupDir, 'mis-notas.txt'), 'keep me');
    await createBackup(core.context.db, core.context.backupDir);
    await createBackup(core.context.db, core.context.backupDir);
    expect(pruneBackups(core.context.backupDir, 1)).toHaveLength(1);
    expect(fs.readdirSync(core.context.backupDir).sort()).toEqual(
      [listBackups(core.context.backupDir)[0]?.fileName, 'mis-notas.txt'].sort(),
    );
    core.close();
  });
});
