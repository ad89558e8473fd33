import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../shared/i18n/index.js';
import { createCore } from '../../electron/core/create-core.js';
import type { Core } from '../../electron/core/create-core.js';
import { openStore } from '../../electron/core/store/open-store.js';
import { ok } from '../helpers/core.js';
import { tempDir } from '../helpers/temp-dir.js';
import { databaseWithPlots, importPlots } from './damage.js';
import { tryMount } from './os-tricks.js';

const tally = (core: Core) => {
  const count = (table: string) =>
    (core.context.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    plots: count('plots'),
    producers: count('producers'),
    importRuns: count('import_runs'),
    plans: count('plans'),
    actions: count('plan_actions'),
  };
};

const checks = (core: Core) => ({
  integrity: core.context.db.pragma('integrity_check', { simple: true }),
  foreignKeyProblems: (core.context.db.pragma('foreign_key_check') as unknown[]).length,
});

/** SQLite's default ceiling: as good as none. */
const NO_LIMIT = 1_073_741_823;

describe('a full disk', () => {
  it('stops an import with DISK_FULL, rolls all of it back, and the same import succeeds once there is room', async () => {
    const dir = tempDir();
    const { dbPath, orgId } = await databaseWithPlots(dir, 100);
    const core = await createCore({ dbPath, dataDir: dir });
    const before = tally(core);
    expect(before).toMatchObject({ plots: 100, producers: 50, importRuns: 1 });
    // SQLite answers SQLITE_FULL when a write needs a page beyond max_page_count, as when the disk is full.
    const pages = core.context.db.pragma('page_count', { simple: true }) as number;
    core.context.db.pragma(`max_page_count = ${pages + 3}`);

    const refused = await importPlots(core, dir, orgId, 1500, 2);
    expect(refused).toMatchObject({ ok: false, error: { code: 'DISK_FULL', details: { reason: 'DISK_FULL' } } });
    expect(tally(core)).toEqual(before);
    expect(checks(core)).toEqual({ integrity: 'ok', foreignKeyProblems: 0 });

    core.context.db.pragma(`max_page_count = ${NO_LIMIT}`);
    const done = await importPlots(core, dir, orgId, 1500, 2);
    expect(done.ok).toBe(true);
    expect(tally(core)).toMatchObject({ plots: 1600, producers: 800, importRuns: 2 });
    core.close();
  });

  it('stops a plan copy with DISK_FULL and leaves no half copy', async () => {
    const dir = tempDir();
    const { dbPath, orgId } = await databaseWithPlots(dir, 10);
    const core = await createCore({ dbPath, dataDir: dir });
    const family = await ok(core, 'producers.create', {
      organisationId: orgId,
      memberCode: 'P-1',
      names: 'Ana Campos',
    });
    const measures = await ok(core, 'measures.list', { organisationId: orgId });
    const plan = await ok(core, 'plans.create', {
      organisationId: orgId,
      kind: 'farm',
      producerId: family.id,
      title: 'Plan de finca',
      startYear: 2027,
      endYear: 2030,
    });
    const farmMeasures = measures.filter((m) => m.scope === 'farm');
    for (let i = 0; i < 120; i += 1) {
      const fields = { measureId: farmMeasures[i % farmMeasures.length]?.id, quantity: 1, year: 2028, quarter: 1 };
      await ok(core, 'plans.addAction', { planId: plan.id, fields });
    }
    const before = tally(core);
    core.context.db.pragma(`max_page_count = ${core.context.db.pragma('page_count', { simple: true }) as number}`);

    const refused = await core.call('plans.newVersion', { id: plan.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(tally(core)).toEqual(before);
    expect(checks(core)).toEqual({ integrity: 'ok', foreignKeyProblems: 0 });
    core.close();
  });

  it('has a message in Spanish and English that says nothing was saved', () => {
    expect(catalogues['es-PE'].errors.DISK_FULL).toMatch(/^No queda espacio en el disco\. No se guardó nada/);
    expect(catalogues.en.errors.DISK_FULL).toMatch(/^The disk is full\. Nothing of this operation was saved/);
  });

  // A real full file system: a 2 MB tmpfs (needs root with CAP_SYS_ADMIN; skipped elsewhere).
  it('survives a real ENOSPC on a tiny file system', async (context) => {
    const dir = tempDir();
    const disk = path.join(dir, 'disk');
    const unmount = tryMount(disk, { tmpfsKb: 2048 });
    if (!unmount) {
      context.skip();
      return;
    }
    try {
      const { dbPath, orgId } = await databaseWithPlots(disk, 20);
      const core = await createCore({ dbPath, dataDir: disk });
      const before = tally(core);
      const refused = await importPlots(core, dir, orgId, 4000, 2);
      expect(refused).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
      expect(tally(core)).toEqual(before);
      core.close();
      // Reopened as the app would be, the data is whole and as it was.
      const db = openStore(dbPath);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((db.prepare('SELECT count(*) AS n FROM plots').get() as { n: number }).n).toBe(20);
      db.close();
    } finally {
      unmount();
    }
  });
});
