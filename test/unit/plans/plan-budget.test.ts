import { describe, expect, it } from 'vitest';
import {
  actionCostSoles,
  actionLabourDays,
  actionsOutsidePeriod,
  planBudget,
  planYears,
} from '../../../shared/plans/plan-budget.js';
import {
  END_YEAR,
  START_YEAR,
  beehives,
  compost,
  compostP2,
  droppedRustControl,
  lateRenovation,
  planP1,
  planP2,
  renovation,
  shade,
} from './plan-fixtures.js';

const zeros = { familia: 0, organizacion: 0, credito_agroperu: 0, proyecto_ong: 0, otro: 0 };

describe('action cost and labour', () => {
  it('is quantity × cost per unit and quantity × labour days per unit', () => {
    expect(actionCostSoles(renovation)).toBe(12_300); // 1 ha × 12,300
    expect(actionCostSoles(shade)).toBe(3_000); // 2 ha × 1,500
    expect(actionCostSoles(beehives)).toBe(1_750); // 5 × 350
    expect(actionLabourDays(renovation)).toBe(60); // 1 × 60
    expect(actionLabourDays(beehives)).toBe(10); // 5 × 2
  });

  it('is nothing for a dropped action', () => {
    expect(actionCostSoles(droppedRustControl)).toBe(0); // would be 2 × 400 = 800
    expect(actionLabourDays(droppedRustControl)).toBe(0);
  });
});

describe('planBudget', () => {
  it('totals family 1 by year and source, every plan year present, the dropped action left out', () => {
    const budget = planBudget(planP1, START_YEAR, END_YEAR);
    // 12,300 + 3,000 + 1,750 + 1,200 (compost 2 × 600) = 18,250; dropped rust control (800) excluded.
    expect(budget.totalSoles).toBe(18_250);
    // 60 + 30 + 10 + 20 = 120 jornales.
    expect(budget.labourDays).toBe(120);
    expect(budget.bySource).toEqual({ ...zeros, familia: 2_950, credito_agroperu: 12_300, proyecto_ong: 3_000 });
    expect(budget.byYear).toEqual([
      // 2026: beehives 1,750 + compost 1,200 (family), shade 3,000 (project).
      { year: 2026, totalSoles: 5_950, bySource: { ...zeros, familia: 2_950, proyecto_ong: 3_000 } },
      { year: 2027, totalSoles: 12_300, bySource: { ...zeros, credito_agroperu: 12_300 } },
      { year: 2028, totalSoles: 0, bySource: zeros },
      { year: 2029, totalSoles: 0, bySource: zeros },
      { year: 2030, totalSoles: 0, bySource: zeros },
    ]);
    expect(actionsOutsidePeriod(planP1, START_YEAR, END_YEAR)).toEqual([]);
  });

  it('counts an action outside the period in the totals only, and flags it', () => {
    const budget = planBudget(planP2, START_YEAR, END_YEAR);
    // certification 450 (organisation, 2027) + compost 3 × 600 = 1,800 (family, 2026) + renovation 0.5 × 12,300 =
    // 6,150 (family, 2032, outside) = 8,400.
    expect(budget.totalSoles).toBe(8_400);
    expect(budget.bySource).toEqual({ ...zeros, familia: 7_950, organizacion: 450 });
    // Year rows: 1,800 + 450 = 2,250 = 8,400 − 6,150.
    expect(budget.byYear.map((y) => y.totalSoles)).toEqual([1_800, 450, 0, 0, 0]);
    // 3 + 30 + 30 jornales.
    expect(budget.labourDays).toBe(63);
    expect(actionsOutsidePeriod(planP2, START_YEAR, END_YEAR)).toEqual([lateRenovation]);
    // Shorten the period to 2027 only: the 2026 compost is flagged too.
    expect(actionsOutsidePeriod(planP2, 2027, 2027)).toEqual([compostP2, lateRenovation]);
  });

  it('ignores dropped actions when flagging', () => {
    expect(actionsOutsidePeriod([droppedRustControl, compost], 2027, 2030)).toEqual([compost]);
  });

  it('lists the years of a plan', () => {
    expect(planYears(2026, 2030)).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(planYears(2027, 2027)).toEqual([2027]);
    expect(planYears(2028, 2027)).toEqual([]);
  });
});
