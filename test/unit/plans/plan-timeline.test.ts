import { describe, expect, it } from 'vitest';
import { actionDueDate, isLate, latestPercent, planProgress, timeline } from '../../../shared/plans/plan-timeline.js';
import {
  END_YEAR,
  START_YEAR,
  action,
  beehives,
  compost,
  droppedRustControl,
  lateRenovation,
  planP1,
  planP2,
  renovation,
  shade,
} from './plan-fixtures.js';

describe('actionDueDate', () => {
  it('is the last day of the quarter', () => {
    expect(actionDueDate(2026, 1)).toBe('2026-03-31');
    expect(actionDueDate(2026, 2)).toBe('2026-06-30');
    expect(actionDueDate(2026, 3)).toBe('2026-09-30');
    expect(actionDueDate(2026, 4)).toBe('2026-12-31');
    expect(() => actionDueDate(2026, 5)).toThrow();
  });
});

describe('timeline', () => {
  it('has 4 cells a year and places each action at (year − start) × 4 + quarter − 1, by date', () => {
    const t = timeline(planP1, START_YEAR, END_YEAR);
    expect(t.cells).toHaveLength(20); // 5 years × 4 quarters
    expect(t.cells[0]).toEqual({ year: 2026, quarter: 1 });
    expect(t.cells[19]).toEqual({ year: 2030, quarter: 4 });
    expect(t.rows.map((r) => [r.action, r.cellIndex, r.dueDate])).toEqual([
      [compost, 0, '2026-03-31'], // 2026 Q1
      [droppedRustControl, 1, '2026-06-30'], // 2026 Q2 (kept, the screen greys it out)
      [beehives, 2, '2026-09-30'], // 2026 Q3
      [shade, 3, '2026-12-31'], // 2026 Q4
      [renovation, 5, '2027-06-30'], // (2027 − 2026) × 4 + 2 − 1
    ]);
  });

  it('gives no cell to an action outside the period', () => {
    const t = timeline(planP2, START_YEAR, END_YEAR);
    const last = t.rows.at(-1);
    expect(last?.action).toBe(lateRenovation);
    expect(last?.cellIndex).toBeNull();
    expect(last?.dueDate).toBe('2032-03-31');
  });
});

describe('latestPercent', () => {
  it('takes the report with the latest date, 100 when done, 0 with no report', () => {
    expect(latestPercent(shade)).toBe(50); // 2026-11-10 beats 2026-06-01 though listed second
    expect(latestPercent(compost)).toBe(20);
    expect(latestPercent(beehives)).toBe(100); // done, no report
    expect(latestPercent(renovation)).toBe(0);
  });
});

describe('isLate (today 15 May 2027)', () => {
  const today = '2027-05-15';
  it('flags open actions whose quarter has ended', () => {
    expect(isLate(compost, today)).toBe(true); // due 2026-03-31, 20 %
    expect(isLate(shade, today)).toBe(true); // due 2026-12-31, 50 %
    expect(isLate(renovation, today)).toBe(false); // due 2027-06-30
    expect(isLate(beehives, today)).toBe(false); // done
    expect(isLate(droppedRustControl, today)).toBe(false); // dropped
  });

  it('is on time on the due day itself and late the day after; timestamps are cut to the date', () => {
    expect(isLate(compost, '2026-03-31')).toBe(false);
    expect(isLate(compost, '2026-03-31T23:59:59.000Z')).toBe(false);
    expect(isLate(compost, '2026-04-01')).toBe(true);
  });

  it('is not late when reported 100 % done but not yet marked done', () => {
    const finished = { ...compost, status: 'in_progress' as const, progress: [...compost.progress] };
    finished.progress.unshift({ ...compost.progress[0]!, date: '2026-03-20', percentDone: 100 });
    expect(isLate(finished, today)).toBe(false);
  });
});

describe('planProgress', () => {
  it('is the cost-weighted mean of the latest percents, dropped actions left out', () => {
    // (12,300 × 0 + 3,000 × 50 + 1,750 × 100 + 1,200 × 20) / (12,300 + 3,000 + 1,750 + 1,200)
    // = (150,000 + 175,000 + 24,000) / 18,250 = 349,000 / 18,250 = 19.1232876…
    expect(planProgress(planP1)).toBeCloseTo(19.1232876712, 9);
  });

  it('is the plain mean when nothing costs anything, null with no active action', () => {
    const free = (percent: number) =>
      action({
        name: 'Records',
        group: 'organisation',
        unit: 'people',
        costPerUnitSoles: 0,
        labourDaysPerUnit: 1,
        yearsToFullEffect: 0,
        effect: { kind: 'none', value: 0 },
        hazards: [],
        quantity: 1,
        year: 2026,
        quarter: 1,
        fundingSource: 'organizacion',
        progress: [['2026-02-01', percent]],
      });
    expect(planProgress([free(30), free(60)])).toBe(45); // (30 + 60) / 2
    expect(planProgress([droppedRustControl])).toBeNull();
    expect(planProgress([])).toBeNull();
  });
});
