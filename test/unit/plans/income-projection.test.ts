import { describe, expect, it } from 'vitest';
import { projectIncome } from '../../../shared/plans/income-projection.js';
import {
  END_YEAR,
  START_YEAR,
  params,
  planP1,
  planP2,
  planP3,
  profileP1,
  profileP2,
  profileP3,
} from './plan-fixtures.js';

/** The AgroPerú instalment on the S/ 12,300 renovation: 1,637.13 / 0.331 (see action-effects.test.ts). */
const instalment = 1_637.13 / 0.331;

describe('projectIncome, family 1 (2 ha, 18 qq/ha, S/ 12/kg, cost 8.5; S/ 6,600 besides coffee; four people)', () => {
  const p = projectIncome({ profile: profileP1, actions: planP1, startYear: START_YEAR, endYear: END_YEAR, params });

  it('starts from the profile as it is', () => {
    expect(p.baseline.totalSoles).toBeCloseTo(12_396, 9);
    expect(p.baseline.benchmarkSoles).toBe(30_264);
    expect(p.baseline.povertyLineSoles).toBe(19_920);
    expect(p.baseline.gapSoles).toBeCloseTo(17_868, 9);
    expect(p.years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
  });

  it('2026: yield ×1.02, cost ×0.85, beehives S/ 1,000, family pays 2,950', () => {
    const y = p.years[0];
    // kg = 1,656 × 1.02 = 1,689.12; gross = × 12 = 20,269.44; costs = 1,689.12 × 8.5 × 0.85 = 1,689.12 × 7.225
    // = 12,203.892; net = 8,065.548; with other income 14,665.548; + beehives 1,000 = 15,665.548.
    expect(y?.income.coffeeKg).toBeCloseTo(1_689.12, 9);
    expect(y?.income.coffeeGrossSoles).toBeCloseTo(20_269.44, 9);
    expect(y?.income.coffeeCostSoles).toBeCloseTo(12_203.892, 9);
    expect(y?.income.totalSoles).toBeCloseTo(14_665.548, 9);
    expect(y?.newActivitiesSoles).toBe(1_000);
    expect(y?.planEffectSoles).toBeCloseTo(3_269.548, 9); // 15,665.548 − 12,396
    expect(y?.familyCostSoles).toBe(2_950); // beehives 1,750 + compost 1,200
    expect(y?.totalSoles).toBeCloseTo(12_715.548, 9); // 15,665.548 − 2,950
    expect(y?.gapSoles).toBeCloseTo(17_548.452, 9); // 30,264 − 12,715.548
  });

  it('2027–2030: the ramp lifts the yield while the credit is repaid 2027–2029', () => {
    // Yield factors: renovation 40 % × ½ (1 ha of 2) × r with r = ¼, ½, ¾, 1; shade 10 % × r with r = 2/5 … 5/5:
    // 2027: 1 + 0.05 + 0.04 = 1.09; 2028: 1 + 0.10 + 0.06 = 1.16; 2029: 1 + 0.15 + 0.08 = 1.23; 2030: 1 + 0.2 + 0.1.
    expect(p.years.map((y) => y.yieldFactor)).toEqual([1.02, 1.09, 1.16, 1.23, 1.3].map((f) => expect.closeTo(f, 12)));
    // Coffee net = 1,656 × f × (12 − 7.225) = 7,907.4 × f:
    // 2027: 1,805.04 kg, gross 21,660.48, costs 13,041.414, net 8,619.066; + 6,600 + 2,000 bees = 17,219.066
    // 2028: 1,920.96 kg, gross 23,051.52, costs 13,878.936, net 9,172.584 → 17,772.584
    // 2029: 2,036.88 kg, gross 24,442.56, costs 14,716.458, net 9,726.102 → 18,326.102
    // 2030: 2,152.80 kg, gross 25,833.60, costs 15,553.980, net 10,279.620 → 18,879.620
    const gross = [17_219.066, 17_772.584, 18_326.102, 18_879.62];
    const cost = [instalment, instalment, instalment, 0];
    p.years.slice(1).forEach((y, i) => {
      expect(y.income.totalSoles + y.newActivitiesSoles).toBeCloseTo(gross[i] ?? NaN, 9);
      expect(y.familyCostSoles).toBeCloseTo(cost[i] ?? NaN, 9);
      expect(y.totalSoles).toBeCloseTo((gross[i] ?? NaN) - (cost[i] ?? NaN), 9);
    });
    // 2027: 17,219.066 − 4,946.0120846 = 12,273.0539154; 2030: no instalment, 18,879.62.
    expect(p.years[1]?.totalSoles).toBeCloseTo(12_273.0539154, 6);
    expect(p.years[4]?.planEffectSoles).toBeCloseTo(6_483.62, 9); // 18,879.62 − 12,396
    expect(p.years[4]?.gapSoles).toBeCloseTo(11_384.38, 9); // 30,264 − 18,879.62
  });

  it('does not close the gap within the plan', () => {
    expect(p.gapClosesInYear).toBeNull();
  });
});

describe('projectIncome, family 2 (3 ha, 20 qq/ha, S/ 690/qq, own cost 8; five people)', () => {
  const p = projectIncome({ profile: profileP2, actions: planP2, startYear: START_YEAR, endYear: END_YEAR, params });

  it('closes the gap in 2027 when the certification premium starts', () => {
    // Baseline 25,320; gap 30,264 − 25,320 = 4,944.
    expect(p.baseline.gapSoles).toBeCloseTo(4_944, 9);
    // 2026: compost −20 % on all 3 ha: costs 22,080 × 0.8 = 17,664; net 41,400 − 17,664 = 23,736; + 6,000 = 29,736;
    //       the family pays the compost 1,800: 27,936, still 2,328 short.
    // 2027: premium 10 % × ½ → S/ 15.75/kg: gross 2,760 × 15.75 = 43,470; net 25,806; + 6,000 = 31,806 ≥ 30,264
    //       (the certification is paid by the organisation).
    // 2028–2030: full premium S/ 16.50/kg: gross 45,540; net 27,876; 33,876. The 2032 renovation is after the period.
    expect(p.years.map((y) => y.totalSoles)).toEqual(
      [27_936, 31_806, 33_876, 33_876, 33_876].map((s) => expect.closeTo(s, 9)),
    );
    expect(p.years.map((y) => y.familyCostSoles)).toEqual([1_800, 0, 0, 0, 0]);
    expect(p.years[0]?.gapSoles).toBeCloseTo(2_328, 9);
    expect(p.years[1]?.priceFactor).toBeCloseTo(1.05, 12);
    expect(p.years[1]?.planEffectSoles).toBeCloseTo(6_486, 9); // 31,806 − 25,320
    expect(p.years[4]?.gapSoles).toBeCloseTo(-3_612, 9);
    expect(p.gapClosesInYear).toBe(2027);
  });

  it('with the benchmark scaled to five people (37,830) the gap does not close', () => {
    const scaled = { ...params, benchmarkScalesWithHouseholdSize: true };
    const q = projectIncome({ profile: profileP2, actions: planP2, startYear: 2026, endYear: 2030, params: scaled });
    expect(q.years[0]?.benchmarkSoles).toBe(37_830); // 30,264 × 5 / 4
    expect(q.years[4]?.gapSoles).toBeCloseTo(3_954, 9); // 37,830 − 33,876
    expect(q.gapClosesInYear).toBeNull();
  });
});

describe('projectIncome, family 3 (above the benchmark, only a dropped action)', () => {
  it('stays as it is and is above the benchmark from the first year', () => {
    const p = projectIncome({ profile: profileP3, actions: planP3, startYear: START_YEAR, endYear: END_YEAR, params });
    expect(p.years.map((y) => y.totalSoles)).toEqual(Array(5).fill(expect.closeTo(37_950, 9)));
    expect(p.years.every((y) => y.planEffectSoles === 0 && y.familyCostSoles === 0)).toBe(true);
    expect(p.gapClosesInYear).toBe(2026);
  });
});
