import { describe, expect, it } from 'vitest';
import { coverageShare, coveredHa, effectRamp, yearEffects } from '../../../shared/plans/action-effects.js';
import { annuitySolesPerYear, familyCostSoles } from '../../../shared/plans/family-costs.js';
import {
  beehives,
  certification,
  compost,
  droppedRustControl,
  params,
  planP1,
  renovation,
  shade,
} from './plan-fixtures.js';

describe('effectRamp', () => {
  it('ramps linearly to full effect in actionYear + n', () => {
    // n = 3 from 2027: 0 in 2026, then 1/4, 2/4, 3/4, 4/4, capped at 1.
    expect([2026, 2027, 2028, 2029, 2030, 2031].map((y) => effectRamp(y, 2027, 3))).toEqual([0, 0.25, 0.5, 0.75, 1, 1]);
    expect([2025, 2026, 2027].map((y) => effectRamp(y, 2026, 0))).toEqual([0, 1, 1]); // n = 0: full at once
    expect([2026, 2027, 2028].map((y) => effectRamp(y, 2026, 1))).toEqual([0.5, 1, 1]);
  });
});

describe('coverage', () => {
  it('turns ha, plants, units and people into hectares and a share of the coffee area', () => {
    expect(coveredHa(renovation, 2, 5_000)).toBe(1);
    const plants = { quantity: 2_500, measure: { unit: 'plants' as const } };
    expect(coveredHa(plants, 2, 5_000)).toBe(0.5); // 2,500 plants / 5,000 per ha
    expect(coverageShare(plants, 2, 5_000)).toBe(0.25); // 0.5 ha / 2 ha
    expect(coveredHa(certification, 3, 5_000)).toBe(3); // a unit covers the whole coffee area
    expect(coverageShare(renovation, 2, 5_000)).toBe(0.5); // 1 ha / 2 ha
    expect(coverageShare(compost, 1.5, 5_000)).toBe(1); // 2 ha on 1.5 ha: capped at 1
    expect(coverageShare(compost, 0, 5_000)).toBe(0); // no coffee, nothing covered
  });
});

describe('yearEffects (family 1 on 2 ha)', () => {
  it('2026: shade 10 % × 1/5, beehives 400 × 5 × 1/2, compost −15 %; renovation not yet', () => {
    const e = yearEffects(planP1, 2026, 2, params.plantsPerHa);
    expect(e.yieldFactor).toBeCloseTo(1.02, 12); // 1 + 10/100 × 1 × 0.2
    expect(e.costFactor).toBeCloseTo(0.85, 12); // 1 − 15/100 × 1 × 1
    expect(e.priceFactor).toBe(1);
    expect(e.newActivitiesSoles).toBe(1_000); // 400 × 5 × 0.5
  });

  it('2028: renovation 40 % × 0.5 ha-share × 2/4 + shade 10 % × 3/5; the dropped rust control adds nothing', () => {
    const e = yearEffects(planP1, 2028, 2, params.plantsPerHa);
    expect(e.yieldFactor).toBeCloseTo(1.16, 12); // 1 + 0.4 × 0.5 × 0.5 + 0.1 × 0.6 = 1 + 0.10 + 0.06
    expect(e.newActivitiesSoles).toBe(2_000); // 400 × 5 × 1
    expect(yearEffects([droppedRustControl], 2028, 2, params.plantsPerHa).yieldFactor).toBe(1);
  });

  it('a price premium applies to all the coffee, whatever the quantity', () => {
    expect(yearEffects([certification], 2027, 3, params.plantsPerHa).priceFactor).toBeCloseTo(1.05, 12); // 10 % × 1/2
  });

  it('never lets a factor fall below 0', () => {
    const harsh = { ...compost, measure: { ...compost.measure, effect: { kind: 'cost_pct' as const, value: -250 } } };
    expect(yearEffects([harsh], 2026, 2, params.plantsPerHa).costFactor).toBe(0); // 1 − 2.5 → 0
  });
});

describe('annuity and family costs', () => {
  it('A = P·i / (1 − (1+i)^−n)', () => {
    // 12,300 at 10 % over 3 years: 12,300 × 0.1 × 1.1³ / (1.1³ − 1) = 1,230 × 1.331 / 0.331 = 1,637.13 / 0.331
    expect(annuitySolesPerYear(12_300, 10, 3)).toBeCloseTo(4_946.0120845921, 8);
    expect(annuitySolesPerYear(12_300, 0, 3)).toBe(4_100); // no interest: 12,300 / 3
    expect(annuitySolesPerYear(12_300, 10, 0)).toBe(12_300); // no term: all at once
  });

  it('charges the family its own actions in their year and credit instalments from the action’s year', () => {
    const credit = { creditAnnualRatePct: 10, creditTermYears: 3 };
    // 2026: beehives 1,750 + compost 1,200 (family); shade is paid by the project.
    expect(familyCostSoles(planP1, 2026, credit)).toBe(2_950);
    // 2027–2029: the renovation's instalment; 2030: nothing.
    for (const year of [2027, 2028, 2029]) expect(familyCostSoles(planP1, year, credit)).toBeCloseTo(4_946.01208459, 7);
    expect(familyCostSoles(planP1, 2030, credit)).toBe(0);
    expect(familyCostSoles([shade, beehives], 2027, credit)).toBe(0);
  });
});
