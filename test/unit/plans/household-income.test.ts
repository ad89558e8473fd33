import { describe, expect, it } from 'vitest';
import {
  benchmarkSoles,
  householdIncome,
  incomeGap,
  povertyLineSoles,
  priceSolesPerKg,
  productionCostSolesPerKg,
} from '../../../shared/plans/household-income.js';
import { params, profileP1, profileP2, profileP3 } from './plan-fixtures.js';

describe('householdIncome', () => {
  it('adds coffee net income to other income (family 1: price per kg, cost from the setting)', () => {
    const income = householdIncome(profileP1, params);
    expect(income.coffeeKg).toBe(1_656); // 2 ha × 18 qq/ha × 46 kg/qq
    expect(income.priceSolesPerKg).toBe(12);
    expect(income.costSolesPerKg).toBe(8.5); // profile gives none: the setting's JNC 2019 default
    expect(income.coffeeGrossSoles).toBeCloseTo(19_872, 9); // 1,656 × 12
    expect(income.coffeeCostSoles).toBeCloseTo(14_076, 9); // 1,656 × 8.5
    expect(income.coffeeNetSoles).toBeCloseTo(5_796, 9); // 19,872 − 14,076
    expect(income.otherCropsSoles).toBe(3_000);
    expect(income.livestockSoles).toBe(1_200);
    expect(income.offFarmSoles).toBe(2_400);
    expect(income.totalSoles).toBeCloseTo(12_396, 9); // 5,796 + 3,000 + 1,200 + 2,400
  });

  it('divides a price per quintal by 46 and uses the profile’s own cost (family 2)', () => {
    expect(priceSolesPerKg(profileP2, params)).toBe(15); // 690 / 46
    const income = householdIncome(profileP2, params);
    expect(income.coffeeKg).toBe(2_760); // 3 × 20 × 46
    expect(income.coffeeGrossSoles).toBeCloseTo(41_400, 9); // 2,760 × 15
    expect(income.coffeeCostSoles).toBeCloseTo(22_080, 9); // 2,760 × 8
    expect(income.totalSoles).toBeCloseTo(25_320, 9); // 19,320 + 4,000 + 2,000
  });

  it('family 3: 5 × 30 × 46 = 6,900 kg at 644 / 46 = 14 S/kg', () => {
    const income = householdIncome(profileP3, params);
    expect(income.coffeeGrossSoles).toBeCloseTo(96_600, 9); // 6,900 × 14
    expect(income.coffeeCostSoles).toBeCloseTo(58_650, 9); // 6,900 × 8.5
    expect(income.totalSoles).toBeCloseTo(37_950, 9);
  });

  it('applies yield, price and cost factors to the coffee account only', () => {
    const income = householdIncome(profileP1, params, { yieldFactor: 1.5, priceFactor: 1.1, costFactor: 0.9 });
    expect(income.coffeeKg).toBeCloseTo(2_484, 9); // 1,656 × 1.5
    expect(income.priceSolesPerKg).toBeCloseTo(13.2, 12); // 12 × 1.1
    expect(income.costSolesPerKg).toBeCloseTo(7.65, 12); // 8.5 × 0.9
    expect(income.coffeeGrossSoles).toBeCloseTo(32_788.8, 9); // 2,484 × 13.2
    expect(income.coffeeCostSoles).toBeCloseTo(19_002.6, 9); // 2,484 × 7.65
    expect(income.totalSoles).toBeCloseTo(20_386.2, 9); // 13,786.2 + 6,600
  });

  it('converts the default cost to green coffee when the params say it is per kg of parchment', () => {
    const withBasis = { ...params, productionCostBasis: 'pergamino' as const, greenPerParchment: 0.8 };
    const green = { ...profileP1, priceBasis: 'oro_verde' as const };
    expect(productionCostSolesPerKg(green, withBasis)).toBeCloseTo(10.625, 12); // 8.5 / 0.8
    expect(productionCostSolesPerKg(profileP1, withBasis)).toBe(8.5); // parchment profile: as it is
    expect(productionCostSolesPerKg(green, params)).toBe(8.5); // basis of the default unknown: as it is
    expect(productionCostSolesPerKg({ ...green, productionCostPerKg: 9 }, withBasis)).toBe(9); // the family's own
    expect(
      productionCostSolesPerKg(
        { ...green, priceBasis: 'pergamino' },
        { ...withBasis, productionCostBasis: 'oro_verde' },
      ),
    ).toBeCloseTo(6.8, 12); // green cost 8.5 × 0.8 per kg of parchment
    expect(householdIncome(green, withBasis).coffeeCostSoles).toBeCloseTo(17_595, 9); // 1,656 × 10.625
  });

  it('lets coffee lose money', () => {
    const income = householdIncome({ ...profileP1, price: 6 }, params);
    expect(income.coffeeNetSoles).toBeCloseTo(-4_140, 9); // 1,656 × (6 − 8.5)
  });
});

describe('benchmark, poverty line and gap', () => {
  it('benchmark: 2,522 × 12 = 30,264 a year, whatever the household size unless scaling is on', () => {
    expect(benchmarkSoles(params, 4)).toBe(30_264);
    expect(benchmarkSoles(params, 6)).toBe(30_264);
    const scaled = { ...params, benchmarkScalesWithHouseholdSize: true };
    expect(benchmarkSoles(scaled, 4)).toBe(30_264);
    expect(benchmarkSoles(scaled, 5)).toBe(37_830); // 30,264 × 5 / 4
    expect(benchmarkSoles(scaled, 2)).toBe(15_132); // 30,264 × 2 / 4
  });

  it('poverty line: 415 × people × 12', () => {
    expect(povertyLineSoles(params, 4)).toBe(19_920); // DOMAIN.md: S/ 1,660 a month for four
    expect(povertyLineSoles(params, 5)).toBe(24_900);
  });

  it('gap = benchmark − income, positive below the benchmark', () => {
    expect(incomeGap(30_264, 12_396)).toBe(17_868);
    expect(incomeGap(30_264, 37_950)).toBe(-7_686);
  });
});
