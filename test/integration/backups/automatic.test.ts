import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  automaticBackupIfDue,
  automaticBackupState,
  startAutomaticBackups,
} from '../../../electron/core/backups/automatic-backups.js';
import { listBackups } from '../../../electron/core/backups/backups.js';
import { ok } from '../../helpers/core.js';
import { coreWithFamilies } from './backup-fixtures.js';
import type { TestCore } from './backup-fixtures.js';

const HOUR_MS = 3_600_000;
let open: TestCore | undefined;
afterEach(() => open?.close());

describe('automatic backups while the app runs', () => {
  it('backs up every N hours, only when the data changed, and keeps backupsToKeep', async () => {
    const { core, organisationId } = await coreWithFamilies(1);
    open = core;
    await ok(core, 'settings.update', { backupIntervalHours: 2, backupsToKeep: 2 });
    const t0 = Date.now();
    const state = automaticBackupState(core.context, t0);
    const automatic = () => listBackups(core.context.backupDir).filter((b) => b.kind === 'automatic');

    // Nothing changed: never a backup, however long.
    expect(await automaticBackupIfDue(core, state, t0 + 10 * HOUR_MS)).toBeNull();
    await ok(core, 'producers.create', { organisationId, memberCode: 'N-1', names: 'Familia Nueva' });
    // Changed, but the interval has not passed.
    expect(await automaticBackupIfDue(core, state, t0 + 1.5 * HOUR_MS)).toBeNull();
    const first = await automaticBackupIfDue(core, state, t0 + 2 * HOUR_MS);
    expect(first?.kind).toBe('automatic');
    // The newest backup is now: the next one waits another two hours even if data changes.
    await ok(core, 'producers.create', { organisationId, memberCode: 'N-2', names: 'Familia Otra' });
    expect(await automaticBackupIfDue(core, state, Date.now() + 1 * HOUR_MS)).toBeNull();
    expect(await automaticBackupIfDue(core, state, Date.now() + 2 * HOUR_MS)).not.toBeNull();
    // Unchanged since that one: none.
    expect(await automaticBackupIfDue(core, state, Date.now() + 9 * HOUR_MS)).toBeNull();
    expect(automatic()).toHaveLength(2);

    // A change written by another program (the CLI) counts too (PRAGMA data_version).
    const cli = new Database(core.dbPath);
    cli
      .prepare("UPDATE organisations SET contact = 'cli', updated_at = '2030-01-01T00:00:00.000Z' WHERE id = ?")
      .run(organisationId);
    cli.close();
    expect(await automaticBackupIfDue(core, state, Date.now() + 2 * HOUR_MS)).not.toBeNull();
    expect(automatic()).toHaveLength(2); // rotated to backupsToKeep
  });

  it('waits while another task runs and while the demo is open', async () => {
    const { core, organisationId } = await coreWithFamilies(1);
    open = core;
    const state = automaticBackupState(core.context, Date.now());
    await ok(core, 'producers.create', { organisationId, memberCode: 'N-1', names: 'Familia Nueva' });
    core.context.jobs.start('import');
    expect(await automaticBackupIfDue(core, state, Date.now() + 5 * HOUR_MS)).toBeNull();
    core.context.jobs.finish('import');
    core.context.workspace.kind = 'demo';
    expect(await automaticBackupIfDue(core, state, Date.now() + 5 * HOUR_MS)).toBeNull();
    core.context.workspace.kind = 'main';
    expect(await automaticBackupIfDue(core, state, Date.now() + 5 * HOUR_MS)).not.toBeNull();
  });

  it('startAutomaticBackups runs on its timer and stops', async () => {
    const { core, organisationId } = await coreWithFamilies(1);
    open = core;
    let clock = Date.now();
    const errors: unknown[] = [];
    const stop = startAutomaticBackups(core, { checkEveryMs: 20, now: () => clock, onError: (e) => errors.push(e) });
    await ok(core, 'producers.create', { organisationId, memberCode: 'N-1', names: 'Familia Nueva' });
    clock += 4 * HOUR_MS; // the default interval
    await expect.poll(() => listBackups(core.context.backupDir).length, { timeout: 5000 }).toBe(1);
    stop();
    await ok(core, 'producers.create', { organisationId, memberCode: 'N-2', names: 'Familia Otra' });
    clock += 8 * HOUR_MS;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(listBackups(core.context.backupDir)).toHaveLength(1);
    expect(errors).toEqual([]);
    expect(path.dirname(listBackups(core.context.backupDir)[0]!.path)).toBe(core.context.backupDir);
  });
});
