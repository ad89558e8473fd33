import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/create-core.js';
import { createCore } from '../../../electron/core/create-core.js';
import { DEMO_MARKER_TEXT, DEMO_ORGANISATION_NAME } from '../../../electron/core/demo/demo-content.js';
import { ok, tempCore } from '../../helpers/core.js';

const sha256 = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** The real database's bytes and modification time: what "untouched" means. */
function fingerprint(file: string): { hash: string; mtimeMs: number; size: number } {
  const stat = fs.statSync(file);
  return { hash: sha256(file), mtimeMs: stat.mtimeMs, size: stat.size };
}

const square = (lon: number, lat: number, side: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [lon, lat],
      [lon + side, lat],
      [lon + side, lat + side],
      [lon, lat + side],
      [lon, lat],
    ],
  ],
});

/** A real organisation's database with one family and plot, closed and reopened so its WAL is folded in. */
async function mainWithData(): Promise<{ core: Core; dir: string; dbPath: string; organisationId: string }> {
  const first = await tempCore();
  const org = await ok(first, 'organisations.create', { name: 'Cooperativa Real Chirinos', type: 'cooperativa' });
  const producer = await ok(first, 'producers.create', {
    organisationId: org.id,
    memberCode: 'R-1',
    names: 'Rosa Huamán Tocto',
  });
  await ok(first, 'plots.create', {
    producerId: producer.id,
    name: 'El Mirador',
    geometry: square(-78.9, -5.3, 0.001),
  });
  await ok(first, 'settings.update', { activeOrganisationId: org.id });
  first.close();
  const core = await createCore({ dbPath: first.dbPath, dataDir: first.dir });
  return { core, dir: first.dir, dbPath: first.dbPath, organisationId: org.id };
}

/** What a reset must reproduce exactly: the families, their plots' shapes, areas and altitudes. */
async function demoContent(core: Core) {
  const orgs = await ok(core, 'organisations.list', {});
  const producers = await ok(core, 'producers.list', { organisationId: orgs[0]?.id });
  const plots = await ok(core, 'plots.list', { organisationId: orgs[0]?.id });
  return {
    producers: producers.map((p) => [p.memberCode, p.names, p.district, p.householdSize]).sort(),
    plots: plots.map((p) => [p.name, p.producerName, p.areaHa, p.altitudeM, p.variety]).sort(),
  };
}

describe('workshop demo: load, reset, leave', () => {
  it(
    'demo load/reset round trip: separate database, full content, real data untouched',
    { timeout: 120_000 },
    async () => {
      const { core, dir, dbPath, organisationId } = await mainWithData();
      const before = fingerprint(dbPath);
      const demoPath = path.join(dir, 'demo', 'cafetal-demo.sqlite');

      const status = await ok(core, 'demo.status', {});
      expect(status).toMatchObject({ active: false, exists: false, dbPath: demoPath, counts: null });

      // First load: generated into its own file and opened.
      const loaded = await ok(core, 'demo.load', {});
      expect(loaded).toMatchObject({ active: true, exists: true, generated: true, dbPath: demoPath });
      expect(loaded.organisationName).toBe(DEMO_ORGANISATION_NAME);
      const counts = loaded.counts;
      expect(counts?.organisations).toBe(1);
      expect(counts?.producers).toBeGreaterThanOrEqual(30);
      expect(counts?.producers).toBeLessThanOrEqual(40);
      expect(counts?.layers).toBe(3);
      expect(counts?.plans).toBe(5);
      expect(counts?.approvedPlans).toBe(1);
      expect(counts?.incomeProfiles).toBe(counts?.producers);
      expect(counts?.analysedPlots).toBe(counts?.plots);
      expect(counts?.progressEntries).toBeGreaterThanOrEqual(3);
      const info = await ok(core, 'system.info', {});
      expect(info).toMatchObject({ workspace: 'demo', dbPath: demoPath, dataDir: path.join(dir, 'demo') });
      expect(fingerprint(dbPath)).toEqual(before);

      // The demo organisation is the active one in the demo (its own settings), and says it is fictitious.
      const [demoOrg, ...others] = await ok(core, 'organisations.list', {});
      expect(others).toHaveLength(0);
      expect(demoOrg?.contact).toContain(DEMO_MARKER_TEXT);
      expect((await ok(core, 'settings.get', {})).activeOrganisationId).toBe(demoOrg?.id);
      const producers = await ok(core, 'producers.list', { organisationId: demoOrg?.id });
      for (const producer of producers) {
        expect(producer.notes).toContain(DEMO_MARKER_TEXT);
        expect(producer.memberCode).toMatch(/^DEMO-\d{3}$/);
        expect(producer.dni).toBeNull();
      }

      // Plots: 0.5–3 ha, 1,100–2,000 msnm, around Jaén and San Ignacio, none overlapping.
      const plots = await ok(core, 'plots.list', { organisationId: demoOrg?.id });
      expect(plots).toHaveLength(counts?.plots ?? -1);
      for (const plot of plots) {
        expect(plot.areaHa).toBeGreaterThanOrEqual(0.5 - 1e-6);
        expect(plot.areaHa).toBeLessThanOrEqual(3 + 1e-6);
        expect(plot.altitudeM).toBeGreaterThanOrEqual(1100);
        expect(plot.altitudeM).toBeLessThanOrEqual(2000);
        const [lon, lat] = plot.centroid;
        const nearJaen = Math.hypot(lon + 78.81, lat + 5.71) < 0.2;
        const nearSanIgnacio = Math.hypot(lon + 78.99, lat + 5.15) < 0.3;
        expect(nearJaen || nearSanIgnacio).toBe(true);
        expect(plot.issues).toEqual([]);
      }
      expect(core.context.db.prepare('SELECT count(*) AS n FROM plot_overlaps').get()).toEqual({ n: 0 });

      // Layers derived from the model, risk results, plans with accepted proposals and monitoring.
      const layers = await ok(core, 'layers.list', {});
      expect(layers.map((l) => l.hazard).sort()).toEqual(['landslide', 'suitability', 'suitability']);
      for (const layer of layers) {
        expect(layer.name).toMatch(/^DEMO — /);
        expect(layer.featureCount).toBeGreaterThan(50);
      }
      const results = await ok(core, 'risk.results', { organisationId: demoOrg?.id, scenarioId: '2050_moderate' });
      expect(results).toHaveLength(plots.length);
      expect(results.every((r) => r.levels.thermal !== null && r.levels.landslide !== null && !r.stale)).toBe(true);
      const plans = await ok(core, 'plans.list', { organisationId: demoOrg?.id });
      const farm = plans.filter((p) => p.kind === 'farm');
      expect(farm).toHaveLength(4);
      expect(farm.filter((p) => p.approvedAt !== null)).toHaveLength(1);
      expect(plans.filter((p) => p.kind === 'organisation')).toHaveLength(1);
      for (const plan of plans) expect(plan.actionCount).toBeGreaterThanOrEqual(3);
      const approved = await ok(core, 'plans.get', { id: farm.find((p) => p.approvedAt)?.id });
      expect(approved.actions.every((a) => a.rationale.includes('→'))).toBe(true);
      expect(approved.actions.some((a) => a.status === 'done')).toBe(true);
      const figures = await ok(core, 'plans.figures', { id: approved.id });
      expect(figures.income?.years.length).toBe(5);

      // An edit in the demo, then reset: the edit is gone, the content is the same as the first time.
      const original = await demoContent(core);
      const someone = producers[0];
      await ok(core, 'producers.update', { id: someone?.id, patch: { names: 'Nombre cambiado en el taller' } });
      await ok(core, 'plots.remove', { id: plots[0]?.id });
      const reset = await ok(core, 'demo.reset', {});
      expect(reset).toMatchObject({ active: true, generated: true });
      expect(reset.counts).toEqual(counts);
      expect(await demoContent(core)).toEqual(original);
      expect(fingerprint(dbPath)).toEqual(before);

      // Leave: the real data is back, as it was.
      const left = await ok(core, 'demo.leave', {});
      expect(left).toMatchObject({ active: false, exists: true });
      expect((await ok(core, 'system.info', {})).workspace).toBe('main');
      const realOrgs = await ok(core, 'organisations.list', {});
      expect(realOrgs.map((o) => o.name)).toEqual(['Cooperativa Real Chirinos']);
      expect((await ok(core, 'settings.get', {})).activeOrganisationId).toBe(organisationId);
      expect(fingerprint(dbPath)).toEqual(before);

      // Loading again opens the existing demo: nothing generated, fast, idempotent.
      const again = await ok(core, 'demo.load', {});
      expect(again).toMatchObject({ active: true, generated: false });
      expect(again.durationMs).toBeLessThan(1000);
      const twice = await ok(core, 'demo.load', {});
      expect(twice).toMatchObject({ active: true, generated: false });
      expect(await demoContent(core)).toEqual(original);
      await ok(core, 'demo.leave', {});
      expect(fingerprint(dbPath)).toEqual(before);
      core.close();
    },
  );

  it(
    'regenerates a demo from an older generator, and ignores a stale WAL left by a crash',
    { timeout: 120_000 },
    async () => {
      const core = await tempCore();
      await ok(core, 'demo.load', {});
      await ok(core, 'demo.leave', {});
      const demoPath = path.join(core.dir, 'demo', 'cafetal-demo.sqlite');
      // An older generator's marker.
      const old = await createCore({ dbPath: demoPath, dataDir: path.dirname(demoPath) });
      old.context.db
        .prepare("UPDATE settings SET value = json_set(value, '$.formatVersion', 0) WHERE key = 'demo'")
        .run();
      old.close();
      expect((await ok(core, 'demo.status', {})).exists).toBe(false);
      fs.writeFileSync(`${demoPath}-wal`, 'not a WAL: what a power cut might leave');
      const loaded = await ok(core, 'demo.load', {});
      expect(loaded).toMatchObject({ generated: true, active: true, exists: true });
      expect(loaded.counts?.organisations).toBe(1);
      expect(fs.readdirSync(path.dirname(demoPath)).filter((f) => f.endsWith('.partial'))).toEqual([]);
      core.close();
    },
  );

  it('refuses to swap while another task runs', async () => {
    const core = await tempCore();
    core.context.jobs.start('an-import-in-progress');
    const result = await core.call('demo.load', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'CONFLICT', details: { reason: 'BUSY' } });
    core.context.jobs.finish('an-import-in-progress');
    expect(fs.existsSync(path.join(core.dir, 'demo', 'cafetal-demo.sqlite'))).toBe(false);
    expect((await ok(core, 'system.info', {})).workspace).toBe('main');
    core.close();
  });
});
