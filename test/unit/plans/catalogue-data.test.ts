import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { modelHazards } from '../../../shared/domain/hazard.js';
import { measureFieldsSchema, measureGroups } from '../../../shared/domain/measure.js';
import { defaultSettings, settingsSchema } from '../../../shared/domain/settings.js';
import {
  defaultIncomeSettings,
  defaultYieldKgPerHa,
  incomeSettingNotes,
  incomeSettingsSchema,
  livingIncomeMonthlySoles,
  priceSolesPerKg,
} from '../../../shared/plans/income-settings.js';
import type { IncomeSettings } from '../../../shared/plans/income-settings.js';

const catalogueFile = z.object({
  version: z.literal(1),
  measures: z.array(measureFieldsSchema.extend({ code: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/) })),
});
const raw: unknown = JSON.parse(
  fs.readFileSync(new URL('../../../resources/catalogue/measures.json', import.meta.url), 'utf8'),
);
const { measures } = catalogueFile.parse(raw);

describe('resources/catalogue/measures.json', () => {
  it('parses every measure with measureFieldsSchema', () => {
    const entries = (raw as { measures: unknown[] }).measures;
    for (const entry of entries) expect(measureFieldsSchema.safeParse(entry).success, JSON.stringify(entry)).toBe(true);
    expect(measures.length).toBeGreaterThanOrEqual(30);
  });

  it('covers every group and has unique kebab-case codes', () => {
    expect(new Set(measures.map((m) => m.group))).toEqual(new Set(measureGroups));
    const codes = measures.map((m) => m.code);
    expect(codes.filter((code, i) => codes.indexOf(code) !== i)).toEqual([]);
  });

  it('gives every measure a source, and says "Estimación" where Cafetal estimated', () => {
    for (const m of measures) {
      expect(m.source.trim().length, m.code).toBeGreaterThan(20);
      if (m.sourceYear === 2026) expect(m.source, m.code).toMatch(/Estimación Cafetal/);
    }
  });

  it('addresses each modelled hazard with at least two farm measures', () => {
    for (const hazard of modelHazards) {
      const farm = measures.filter((m) => m.scope === 'farm' && m.hazards.includes(hazard));
      expect(farm.length, hazard).toBeGreaterThanOrEqual(2);
    }
  });

  it('has organisation-scope measures: nurseries, training, certification, EUDR', () => {
    const organisation = measures.filter((m) => m.scope === 'organisation').map((m) => m.code);
    expect(organisation).toEqual(
      expect.arrayContaining(['nursery', 'farmer-field-schools', 'organic-certification', 'eudr-geolocation']),
    );
  });

  it('prices renovation at the Agroperú 2024 figure and keeps the effect kinds consistent with the groups', () => {
    const renovation = measures.filter((m) => m.group === 'renovation' && m.code.startsWith('renovation-'));
    expect(renovation.map((m) => m.code).sort()).toEqual([
      'renovation-castillo',
      'renovation-catimor',
      'renovation-costa-rica-95',
      'renovation-marsellesa',
    ]);
    // S/ 130 M for 10,600 ha = S/ 12,264/ha, rounded as in DOMAIN.md.
    for (const m of renovation) expect(m.costPerUnitSoles).toBe(12_300);
    expect(renovation.find((m) => m.code === 'renovation-catimor')?.description.es).toMatch(/pierden su resistencia/);
    for (const m of measures.filter((x) => x.group === 'diversification'))
      expect(m.effect.kind, m.code).toBe('income_per_unit');
    for (const m of measures.filter((x) => x.effect.kind === 'yield_pct' || x.effect.kind === 'price_premium_pct'))
      expect(m.effect.value, m.code).toBeGreaterThan(0);
  });
});

describe('shared/plans/income-defaults.json → settings.income', () => {
  it('parses, and the benchmark is S/ 2,522 a month for 4 people (Anker, 2024), not scaled by default', () => {
    const parsed = incomeSettingsSchema.parse(defaultIncomeSettings);
    expect(parsed.livingIncome).toMatchObject({
      monthlySoles: 2522,
      year: 2024,
      householdSize: 4,
      scaleByHouseholdSize: false,
    });
    expect(parsed.livingIncome.history).toEqual([
      { year: 2023, monthlySoles: 2475 },
      { year: 2020, monthlySoles: 2050 },
    ]);
    expect(parsed.povertyLine).toMatchObject({ monthlySolesPerPerson: 415, year: 2022 });
    expect(parsed.farmGatePrice).toMatchObject({ value: 12, unit: 'kg', basis: 'pergamino', year: 2021 });
    expect(parsed.productionCost).toMatchObject({ solesPerKg: 8.5, year: 2019 });
    expect(parsed.defaultYield.qqPerHa).toBe(18);
    expect(parsed.credit).toMatchObject({ annualRatePct: 3.5, termYears: 8 });
    expect(parsed.units.quintalKg).toBe(46);
    expect(parsed.dayWage.source).toMatch(/Estimación Cafetal/);
    for (const key of Object.keys(parsed) as (keyof IncomeSettings)[]) {
      expect(incomeSettingNotes[key].es.length, key).toBeGreaterThan(0);
      expect(incomeSettingNotes[key].en.length, key).toBeGreaterThan(0);
    }
  });

  it('is part of the settings with the defaults', () => {
    expect(defaultSettings.income).toEqual(defaultIncomeSettings);
    expect(settingsSchema.parse(defaultSettings).income.livingIncome.monthlySoles).toBe(2522);
  });

  it('rejects an empty source and a household of zero', () => {
    const noSource = { ...defaultIncomeSettings, dayWage: { ...defaultIncomeSettings.dayWage, source: ' ' } };
    expect(incomeSettingsSchema.safeParse(noSource).success).toBe(false);
    const noMembers = {
      ...defaultIncomeSettings,
      livingIncome: { ...defaultIncomeSettings.livingIncome, householdSize: 0 },
    };
    expect(incomeSettingsSchema.safeParse(noMembers).success).toBe(false);
  });

  it('converts prices, yields and the benchmark (hand-computed)', () => {
    const s = defaultIncomeSettings;
    expect(priceSolesPerKg(s, 'pergamino')).toBe(12);
    // S/ 12 per kg parchment; 1 kg parchment → 0.8 kg green: 12 / 0.8 = S/ 15 per kg green.
    expect(priceSolesPerKg(s, 'oro_verde')).toBeCloseTo(15, 10);
    const perQuintalGreen: IncomeSettings = {
      ...s,
      farmGatePrice: { ...s.farmGatePrice, value: 690, unit: 'qq', basis: 'oro_verde' },
    };
    // S/ 690 per qq green = 690 / 46 = S/ 15 per kg green = 15 × 0.8 = S/ 12 per kg parchment.
    expect(priceSolesPerKg(perQuintalGreen, 'oro_verde')).toBeCloseTo(15, 10);
    expect(priceSolesPerKg(perQuintalGreen, 'pergamino')).toBeCloseTo(12, 10);
    // 18 qq/ha × 46 kg = 828 kg parchment; × 0.8 = 662.4 kg green.
    expect(defaultYieldKgPerHa(s, 'pergamino')).toBe(828);
    expect(defaultYieldKgPerHa(s, 'oro_verde')).toBeCloseTo(662.4, 10);
    expect(livingIncomeMonthlySoles(s, 6)).toBe(2522);
    const scaled: IncomeSettings = { ...s, livingIncome: { ...s.livingIncome, scaleByHouseholdSize: true } };
    // 2,522 / 4 × 6 = 3,783.
    expect(livingIncomeMonthlySoles(scaled, 6)).toBe(3783);
  });
});
