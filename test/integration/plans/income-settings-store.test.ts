import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/create-core.js';
import { defaultIncomeSettings } from '../../../shared/plans/income-settings.js';
import { ok, tempCore } from '../../helpers/core.js';

let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

describe('settings.income through the core', () => {
  it('starts with the defaults from income-defaults.json', async () => {
    core = await tempCore();
    const income = (await ok(core, 'settings.get', {})).income;
    expect(income).toEqual(defaultIncomeSettings);
    expect(income.livingIncome.monthlySoles).toBe(2522);
  });

  it('stores a local price and jornal, and rejects a price of zero', async () => {
    core = await tempCore();
    const changed = {
      ...defaultIncomeSettings,
      farmGatePrice: {
        value: 850,
        unit: 'qq' as const,
        basis: 'pergamino' as const,
        year: 2026,
        source: 'Acopio 2026',
      },
      dayWage: { solesPerDay: 50, year: 2026, source: 'Jornal con alimentación, Jaén' },
    };
    await ok(core, 'settings.update', { income: changed });
    const stored = (await ok(core, 'settings.get', {})).income;
    expect(stored.farmGatePrice).toEqual(changed.farmGatePrice);
    expect(stored.dayWage.solesPerDay).toBe(50);
    const rejected = await core.call('settings.update', {
      income: { ...changed, farmGatePrice: { ...changed.farmGatePrice, value: 0 } },
    });
    expect(rejected.ok).toBe(false);
    expect((await ok(core, 'settings.get', {})).income.farmGatePrice.value).toBe(850);
  });
});
