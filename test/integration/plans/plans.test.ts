import type { Polygon } from 'geojson';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/create-core.js';
import { ok, tempCore } from '../../helpers/core.js';

let core: Core | undefined;
afterEach(() => core?.close());

const square = (lon: number, lat: number, side: number): Polygon => ({
  type: 'Polygon',
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

/** A family with a Caturra plot at 1,350 msnm: roya Alto or above in 2050 moderado. */
async function setup() {
  const c = (core = await tempCore());
  const org = await ok(c, 'organisations.create', { name: 'Cooperativa Casil', type: 'cooperativa' });
  const ana = await ok(c, 'producers.create', { organisationId: org.id, memberCode: 'C-1', names: 'Ana Campos' });
  const plot = await ok(c, 'plots.create', {
    producerId: ana.id,
    name: 'La Loma',
    geometry: square(-78.99, -5.15, 0.009),
    altitudeM: 1350,
    variety: 'Caturra',
  });
  await ok(c, 'risk.analyse', { organisationId: org.id });
  const measures = await ok(c, 'measures.list', { organisationId: org.id });
  const byCode = (code: string) => {
    const m = measures.find((x) => x.code === code);
    if (!m) throw new Error(`no measure ${code}`);
    return m;
  };
  return { c, org, ana, plot, measures, byCode };
}

describe('farm plans', () => {
  it('ships the catalogue and proposes rust measures for a plot with roya Alto, explained', async () => {
    const { c, org, ana, plot, measures } = await setup();
    expect(measures.length).toBeGreaterThanOrEqual(30);
    const plan = await ok(c, 'plans.create', {
      organisationId: org.id,
      kind: 'farm',
      producerId: ana.id,
      title: 'Plan de finca 2027–2031',
      startYear: 2027,
      endYear: 2031,
    });
    const proposals = await ok(c, 'plans.propose', { id: plan.id });
    // Cacao answers heat and broca but belongs below 1,200 msnm: not proposed for a plot at 1,350.
    const cacao = measures.find((m) => m.code === 'cacao-lower-altitudes');
    expect(cacao?.maxAltitudeM).toBe(1200);
    expect(proposals.some((p) => p.measureId === cacao?.id)).toBe(false);
    const rust = proposals.filter((p) => p.hazards.includes('rust'));
    expect(rust.length).toBeGreaterThan(0);
    const [first] = rust;
    const reason = first?.reasons.find((r) => r.hazard === 'rust');
    expect(reason).toMatchObject({ plotId: plot.id, plotName: 'La Loma', scenarioId: '2050_moderate' });
    expect(['alto', 'muy_alto']).toContain(reason?.level);
    const renovation = rust.find((p) => measures.find((m) => m.id === p.measureId)?.unit === 'ha');
    // Measures counted in hectares are proposed for the plot's whole geodesic area.
    expect(renovation?.suggestedQuantity).toBeCloseTo(plot.areaHa, 2);
  });

  it('budgets per year and source, keeps the measure version it was made with, archives a used measure', async () => {
    const { c, org, ana, byCode } = await setup();
    const plan = await ok(c, 'plans.create', {
      organisationId: org.id,
      kind: 'farm',
      producerId: ana.id,
      title: 'Plan',
      startYear: 2027,
      endYear: 2031,
    });
    const renovation = byCode('renovation-marsellesa');
    const bees = byCode('beekeeping');
    await ok(c, 'plans.addAction', {
      planId: plan.id,
      fields: { measureId: renovation.id, quantity: 1, year: 2027, quarter: 1, fundingSource: 'credito_agroperu' },
    });
    await ok(c, 'plans.addAction', {
      planId: plan.id,
      fields: { measureId: bees.id, quantity: 5, year: 2028, quarter: 3, fundingSource: 'familia' },
    });
    // The catalogue's renovation cost changes: this plan keeps S/ 12,300 per hectare.
    await ok(c, 'measures.update', { id: renovation.id, fields: { ...renovation, costPerUnitSoles: 20_000 } });
    const figures = await ok(c, 'plans.figures', { id: plan.id, today: '2027-06-01' });
    // 1 ha × 12,300 (credit, 2027) + 5 hives × 550 (family, 2028) = 15,050.
    expect(figures.budget.totalSoles).toBeCloseTo(15_050, 6);
    expect(figures.budget.byYear.map((y) => y.year)).toEqual([2027, 2028, 2029, 2030, 2031]);
    expect(figures.budget.byYear[0]?.bySource.credito_agroperu).toBeCloseTo(12_300, 6);
    expect(figures.budget.byYear[1]?.bySource.familia).toBeCloseTo(2_750, 6);
    expect(figures.budget.bySource).toMatchObject({ credito_agroperu: 12_300, familia: 2_750 });
    // Due end of March 2027, not done by 1 June 2027: late. The hives are due in September 2028.
    const stored = await ok(c, 'plans.get', { id: plan.id });
    const renovationAction = stored.actions.find((a) => a.measure.measureId === renovation.id);
    expect(renovationAction?.measure.costPerUnitSoles).toBe(12_300);
    expect(renovationAction?.measure.version).toBe(1);
    expect(figures.lateActionIds).toEqual([renovationAction?.id]);

    expect(await ok(c, 'measures.remove', { id: bees.id })).toEqual({ outcome: 'archived' });
    const offered = await ok(c, 'measures.list', { organisationId: org.id });
    expect(offered.some((m) => m.id === bees.id)).toBe(false);
    const withArchived = await ok(c, 'measures.list', { organisationId: org.id, includeArchived: true });
    expect(withArchived.find((m) => m.id === bees.id)?.archivedAt).not.toBeNull();
    expect((await ok(c, 'plans.get', { id: plan.id })).actions).toHaveLength(2);
    const unused = byCode('windbreaks');
    expect(await ok(c, 'measures.remove', { id: unused.id })).toEqual({ outcome: 'deleted' });
  });

  it('tracks progress and status, locks an approved plan and copies it into a new version', async () => {
    const { c, org, ana, byCode } = await setup();
    const plan = await ok(c, 'plans.create', {
      organisationId: org.id,
      kind: 'farm',
      producerId: ana.id,
      title: 'Plan',
      startYear: 2027,
      endYear: 2031,
    });
    const withAction = await ok(c, 'plans.addAction', {
      planId: plan.id,
      fields: { measureId: byCode('live-barriers').id, quantity: 0.5, year: 2027, quarter: 2 },
    });
    const actionId = withAction.actions[0]?.id ?? '';
    const half = await ok(c, 'plans.addProgress', { actionId, date: '2027-05-10', percentDone: 50, notes: 'mitad' });
    expect(half.actions[0]).toMatchObject({ status: 'in_progress' });
    const done = await ok(c, 'plans.addProgress', { actionId, date: '2027-06-20', percentDone: 100 });
    expect(done.actions[0]?.status).toBe('done');
    expect(done.actions[0]?.progress.map((p) => p.percentDone)).toEqual([100, 50]);

    const approved = await ok(c, 'plans.approve', { id: plan.id, approvedBy: 'Rosa Huamán (técnica)' });
    expect(approved.approvedBy).toBe('Rosa Huamán (técnica)');
    const locked = await c.call('plans.updateAction', { id: actionId, patch: { quantity: 2 } });
    expect(locked.ok ? null : locked.error.details).toMatchObject({ reason: 'PLAN_APPROVED' });
    // Monitoring goes on after approval.
    expect((await c.call('plans.updateAction', { id: actionId, patch: { responsible: 'Ana' } })).ok).toBe(true);

    const next = await ok(c, 'plans.newVersion', { id: plan.id });
    expect(next).toMatchObject({ version: 2, previousVersionId: plan.id, approvedBy: null });
    expect(next.actions[0]).toMatchObject({ quantity: 0.5, status: 'done', responsible: 'Ana' });
    expect(next.actions[0]?.progress).toHaveLength(2);
    expect(
      (await ok(c, 'plans.updateAction', { id: next.actions[0]?.id, patch: { quantity: 2 } })).actions[0]?.quantity,
    ).toBe(2);
  });
});

describe('living income', () => {
  it('computes the family income and gap, and projects it over the plan with the measures’ effects and costs', async () => {
    const { c, org, ana, byCode } = await setup();
    const profile = await ok(c, 'income.save', {
      producerId: ana.id,
      year: 2026,
      coffeeAreaHa: 2,
      yieldQqPerHa: 18,
      price: 12,
      priceUnit: 'kg',
      priceBasis: 'pergamino',
      offFarmSoles: 6_000,
      householdSize: 4,
    });
    // 2 ha × 18 qq × 46 kg = 1,656 kg; × S/ 12 = 19,872; costs 1,656 × 8.5 = 14,076; net 5,796; + 6,000 = 11,796.
    expect(profile.income.coffeeKg).toBeCloseTo(1_656, 6);
    expect(profile.income.coffeeNetSoles).toBeCloseTo(5_796, 6);
    expect(profile.income.totalSoles).toBeCloseTo(11_796, 6);
    // Benchmark 2,522 × 12 = 30,264 (Anker/ICO 2024, household of four); gap 18,468.
    expect(profile.income.benchmarkSoles).toBe(30_264);
    expect(profile.income.gapSoles).toBeCloseTo(18_468, 6);
    // Poverty line 415 × 4 × 12 = 19,920.
    expect(profile.income.povertyLineSoles).toBe(19_920);

    const plan = await ok(c, 'plans.create', {
      organisationId: org.id,
      kind: 'farm',
      producerId: ana.id,
      title: 'Plan',
      startYear: 2027,
      endYear: 2031,
    });
    await ok(c, 'plans.addAction', {
      planId: plan.id,
      fields: {
        measureId: byCode('renovation-marsellesa').id,
        quantity: 1,
        year: 2027,
        quarter: 1,
        fundingSource: 'credito_agroperu',
      },
    });
    await ok(c, 'plans.addAction', {
      planId: plan.id,
      fields: { measureId: byCode('beekeeping').id, quantity: 5, year: 2028, quarter: 3, fundingSource: 'familia' },
    });
    const { income } = await ok(c, 'plans.figures', { id: plan.id });
    expect(income?.profileYear).toBe(2026);
    const y2030 = income?.years.find((y) => y.year === 2030);
    // 2030: renovation (+100 % yield, 3 years to full effect from 2027) at full effect on 1 of 2 ha → production × 1.5:
    //   2,484 kg × (12 − 8.5) = 8,694 coffee net (+2,898); hives: 5 × 300 = 1,500 (full from 2029);
    //   Agroperú instalment on 12,300 at 3.5 % over 8 years: 12,300 × 0.035 / (1 − 1.035^−8) = 430.5 / 0.240588 = 1,789.36.
    //   11,796 + 2,898 + 1,500 − 1,789.36 = 14,404.64.
    expect(y2030?.totalSoles).toBeCloseTo(14_404.64, 1);
    expect(y2030?.familyCostSoles).toBeCloseTo(1_789.36, 1);
    expect(income?.gapClosesInYear).toBeNull();
  });
});
