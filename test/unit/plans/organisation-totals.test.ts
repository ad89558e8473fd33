import { describe, expect, it } from 'vitest';
import { projectIncome } from '../../../shared/plans/income-projection.js';
import { gapBin } from '../../../shared/plans/income-distribution.js';
import { incomeDistribution, organisationTotals } from '../../../shared/plans/organisation-totals.js';
import {
  END_YEAR,
  P1,
  P2,
  P3,
  START_YEAR,
  organisationActions,
  params,
  planP1,
  planP2,
  planP3,
  profileP1,
  profileP2,
  profileP3,
  shade,
} from './plan-fixtures.js';

const farmPlans = [
  { producerId: P1, actions: planP1 },
  { producerId: P2, actions: planP2 },
  { producerId: P3, actions: planP3 },
];
const zeros = { familia: 0, organizacion: 0, credito_agroperu: 0, proyecto_ong: 0, otro: 0 };

describe('organisationTotals (three farm plans + training and a nursery)', () => {
  const totals = organisationTotals({ farmPlans, organisationActions, startYear: START_YEAR, endYear: END_YEAR });

  it('sums the budget by year and source', () => {
    // Family 1 18,250 + family 2 8,400 + family 3 0 (dropped) + training 30 × 50 = 1,500 + nursery 10,000 × 1.2
    // = 12,000 → 40,150.
    expect(totals.budget.totalSoles).toBeCloseTo(40_150, 9);
    expect(totals.budget.bySource).toEqual({
      ...zeros,
      familia: 10_900, // 2,950 + 1,800 + 6,150 (2032 renovation, outside the period)
      organizacion: expect.closeTo(12_450, 9), // certification 450 + nursery 12,000
      credito_agroperu: 12_300,
      proyecto_ong: 4_500, // shade 3,000 + training 1,500
    });
    expect(totals.budget.byYear[0]).toEqual({
      year: 2026,
      totalSoles: 9_250,
      bySource: { ...zeros, familia: 4_750, proyecto_ong: 4_500 }, // 2,950 + 1,800; 3,000 + 1,500
    });
    expect(totals.budget.byYear[1]?.totalSoles).toBeCloseTo(24_750, 9); // 12,300 credit + 12,450 organisation
    expect(totals.budget.byYear.slice(2).map((y) => y.totalSoles)).toEqual([0, 0, 0]);
    // 120 + 63 + training 30 × 0.5 = 15 + nursery 10,000 × 0.01 = 100.
    expect(totals.budget.labourDays).toBeCloseTo(298, 9);
  });

  it('counts hectares renovated and under shade from actions counted in ha, dropped ones out', () => {
    // Renovation: family 1 1 ha + family 2 0.5 ha; the nursery's plants are not farm hectares.
    expect(totals.renovation).toEqual({ plannedHa: 1.5, doneHa: 0 });
    // Shade: family 1 2 ha; family 3's dropped 1 ha does not count.
    expect(totals.agroforestry).toEqual({ plannedHa: 2, doneHa: 0 });
    const doneShade = organisationTotals({
      farmPlans: [{ producerId: P1, actions: [{ ...shade, status: 'done' }] }],
      organisationActions: [],
      startYear: START_YEAR,
      endYear: END_YEAR,
    });
    expect(doneShade.agroforestry).toEqual({ plannedHa: 2, doneHa: 2 });
  });

  it('reaches the families with at least one non-dropped action', () => {
    expect(totals.familiesReached).toBe(2); // P1 and P2; P3 has only a dropped action
  });

  it('lists the hazards addressed with their number of actions, in the model’s order', () => {
    expect(totals.hazards).toEqual([
      { hazard: 'thermal', actionCount: 1 }, // shade (family 3's dropped shade not counted)
      { hazard: 'rust', actionCount: 4 }, // 2 renovations, training, nursery (dropped rust control not counted)
      { hazard: 'borer', actionCount: 1 }, // training
      { hazard: 'drought', actionCount: 3 }, // shade, 2 compost
    ]);
  });

  it('weights overall progress by cost', () => {
    // (3,000 × 50 + 1,750 × 100 + 1,200 × 20 + 1,500 × 100 + 12,000 × 25) / 40,150 = 799,000 / 40,150 = 19.9003736
    expect(totals.progressPct).toBeCloseTo(19.900373599, 9);
  });
});

describe('incomeDistribution', () => {
  const project = (profile: typeof profileP1, actions: typeof planP1) =>
    projectIncome({ profile, actions, startYear: START_YEAR, endYear: END_YEAR, params });
  const projections = [project(profileP1, planP1), project(profileP2, planP2), project(profileP3, planP3)];

  it('counts families below the benchmark and the poverty line, now and at the end', () => {
    const d = incomeDistribution(projections);
    expect(d.families).toBe(3);
    // Gaps now: 17,868 / 4,944 / −7,686; at the end (2030): 11,384.38 / −3,612 / −7,686.
    expect(d.belowBenchmarkNow).toBe(2);
    expect(d.belowBenchmarkEnd).toBe(1);
    // Poverty lines 19,920 (4) / 24,900 (5) / 29,880 (6): family 1 is below at 12,396 and still at 18,879.62;
    // family 2 is just above (25,320).
    expect(d.belowPovertyNow).toBe(1);
    expect(d.belowPovertyEnd).toBe(1);
    expect(d.meanGapNowSoles).toBeCloseTo(5_042, 9); // (17,868 + 4,944 − 7,686) / 3 = 15,126 / 3
    expect(d.meanGapEndSoles).toBeCloseTo(28.7933333333, 8); // (11,384.38 − 3,612 − 7,686) / 3 = 86.38 / 3
    expect(d.medianGapNowSoles).toBeCloseTo(4_944, 9);
    expect(d.medianGapEndSoles).toBeCloseTo(-3_612, 9);
    expect(d.gapHistogram.map(({ bin, now, end }) => [bin, now, end])).toEqual([
      ['at_or_above', 1, 2],
      ['gap_0_5k', 1, 0],
      ['gap_5_10k', 0, 0],
      ['gap_10_20k', 1, 1],
      ['gap_over_20k', 0, 0],
    ]);
  });

  it('takes the mean of the two middle gaps for an even count; nothing for no family', () => {
    expect(incomeDistribution(projections.slice(0, 2)).medianGapNowSoles).toBeCloseTo(11_406, 9); // (4,944 + 17,868) / 2
    const none = incomeDistribution([]);
    expect(none.families).toBe(0);
    expect(none.meanGapNowSoles).toBeNull();
    expect(none.medianGapEndSoles).toBeNull();
    expect(none.gapHistogram.every((b) => b.now === 0 && b.end === 0)).toBe(true);
  });

  it('puts a gap on a bin edge in the lower bin', () => {
    expect([-1, 0, 0.01, 5_000, 5_000.01, 10_000, 20_000, 20_000.01].map(gapBin)).toEqual([
      'at_or_above',
      'at_or_above',
      'gap_0_5k',
      'gap_0_5k',
      'gap_5_10k',
      'gap_5_10k',
      'gap_10_20k',
      'gap_over_20k',
    ]);
  });
});
