import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli.js';
import { createCore } from '../../../electron/core/create-core.js';
import { ok } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp-dir.js';

const run = async (argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env: { LANG: 'es_PE.UTF-8' } });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
};

describe('cafetal plans', () => {
  it('lists an organisation’s plans and shows one with its budget and income projection as JSON', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'c.sqlite');
    const core = await createCore({ dbPath: db, dataDir: dir });
    const org = await ok(core, 'organisations.create', { name: 'Coop Tabaconas', type: 'cooperativa' });
    const ana = await ok(core, 'producers.create', { organisationId: org.id, memberCode: 'T-1', names: 'Ana Campos' });
    const measures = await ok(core, 'measures.list', { organisationId: org.id });
    const compost = measures.find((m) => m.code === 'coffee-pulp-compost');
    const plan = await ok(core, 'plans.create', {
      organisationId: org.id,
      kind: 'farm',
      producerId: ana.id,
      title: 'Plan de finca',
      startYear: 2027,
      endYear: 2029,
    });
    await ok(core, 'plans.addAction', {
      planId: plan.id,
      fields: { measureId: compost?.id, quantity: 2, year: 2028, quarter: 2, fundingSource: 'organizacion' },
    });
    await ok(core, 'income.save', {
      producerId: ana.id,
      year: 2026,
      coffeeAreaHa: 2,
      yieldQqPerHa: 18,
      price: 552,
      priceUnit: 'qq',
      priceBasis: 'pergamino',
      householdSize: 4,
    });
    core.close();

    const listed = await run(['plans', 'list', '--org', 'Coop Tabaconas', '--db', db, '--json']);
    expect(listed.code).toBe(0);
    const plans = JSON.parse(listed.stdout) as { id: string; actionCount: number; totalCostSoles: number }[];
    expect(plans).toHaveLength(1);
    // 2 ha × the catalogue's compost cost per hectare.
    expect(plans[0]).toMatchObject({
      id: plan.id,
      actionCount: 1,
      totalCostSoles: 2 * (compost?.costPerUnitSoles ?? NaN),
    });

    const shown = await run(['plans', 'show', plan.id, '--db', db, '--json']);
    expect(shown.code).toBe(0);
    const detail = JSON.parse(shown.stdout) as {
      figures: {
        budget: { byYear: { year: number; totalSoles: number }[] };
        income: { years: { year: number; benchmarkSoles: number }[] };
      };
    };
    expect(detail.figures.budget.byYear.map((y) => y.year)).toEqual([2027, 2028, 2029]);
    expect(detail.figures.budget.byYear[1]?.totalSoles).toBe(2 * (compost?.costPerUnitSoles ?? NaN));
    expect(detail.figures.income.years.map((y) => y.benchmarkSoles)).toEqual([30_264, 30_264, 30_264]);

    const text = await run(['plans', 'show', plan.id, '--db', db]);
    expect(text.stdout).toContain('Plan de finca');
    expect(text.stdout).toMatch(/La brecha (al ingreso digno no se cierra|se cierra en)/);
  });
});
