import { describe, expect, it } from 'vitest';
import type { RiskSummary } from '../../../shared/api/risk.js';
import type { HazardLevel, ModelHazard, ScenarioId } from '../../../shared/domain/hazard.js';
import { annexRows } from '../../../renderer/features/reports/org-plan/annex-rows.js';
import { mapHazardFor } from '../../../renderer/features/reports/org-plan/map-hazard.js';
import { hazardComparisons } from '../../../renderer/features/reports/org-plan/risk-rows.js';
import { yearChunks } from '../../../renderer/features/reports/org-plan/timeline-chunks.js';
import type { FamilyRow } from '../../../renderer/features/plans/org/org-types.js';

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

type Counts = Partial<Record<HazardLevel | 'none', number>>;
function summary(entries: [ScenarioId, ModelHazard, Counts][]): RiskSummary {
  return {
    distribution: entries.map(([scenarioId, hazard, counts]) => ({
      scenarioId,
      hazard,
      counts: Object.entries(counts).map(([level, plots]) => ({
        level: level === 'none' ? null : (level as HazardLevel),
        plots,
        hectares: plots * 1.5,
      })),
    })),
    producers: [],
  };
}

describe('the hazard the organisation map is coloured by', () => {
  it('is the one with the most plots at Alto or Muy alto in the plan scenario', () => {
    const risk = summary([
      // In the baseline rust leads (600 high) but the plan looks at 2050 moderate.
      ['baseline', 'rust', { alto: 400, muy_alto: 200, bajo: 400 }],
      ['baseline', 'borer', { alto: 100, bajo: 900 }],
      ['2050_moderate', 'rust', { alto: 300, muy_alto: 250, medio: 450 }], // 550
      ['2050_moderate', 'borer', { alto: 282, muy_alto: 701, medio: 17 }], // 983
      ['2050_moderate', 'thermal', { alto: 311, muy_alto: 286, bajo: 403 }], // 597
      ['2050_moderate', 'drought', { none: 1000 }],
    ]);
    expect(mapHazardFor(risk, '2050_moderate')).toEqual({ hazard: 'borer', highPlots: 983, ratedPlots: 1000 });
    expect(mapHazardFor(risk, 'baseline')).toEqual({ hazard: 'rust', highPlots: 600, ratedPlots: 1000 });
  });

  it('breaks ties by rated plots, then by the model order; none at high risk still picks a rated hazard', () => {
    const tie = summary([
      ['2030', 'frost', { alto: 10, bajo: 90 }],
      ['2030', 'drought', { alto: 10, bajo: 95 }],
      ['2030', 'rust', { muy_alto: 10, bajo: 90 }],
    ]);
    // frost and rust have 10 high and 100 rated; drought has 105 rated.
    expect(mapHazardFor(tie, '2030')?.hazard).toBe('drought');
    const sameRated = summary([
      ['2030', 'frost', { alto: 10, bajo: 90 }],
      ['2030', 'rust', { muy_alto: 10, bajo: 90 }],
    ]);
    expect(mapHazardFor(sameRated, '2030')?.hazard).toBe('rust'); // rust comes before frost in modelHazards
    const low = summary([
      ['2030', 'thermal', { bajo: 3 }],
      ['2030', 'frost', { bajo: 5, medio: 1 }],
    ]);
    expect(mapHazardFor(low, '2030')).toEqual({ hazard: 'frost', highPlots: 0, ratedPlots: 6 });
  });

  it('is null when no plot has a level (never analysed)', () => {
    expect(mapHazardFor(summary([['2050_high', 'rust', { none: 12 }]]), '2050_high')).toBeNull();
    expect(mapHazardFor(summary([]), '2050_high')).toBeNull();
  });
});

describe('plots per level, baseline against the plan scenario', () => {
  it('counts every level, "Sin datos" included, and the Alto + Muy alto headline', () => {
    const risk = summary([
      ['baseline', 'thermal', { bajo: 616, medio: 188, alto: 185, muy_alto: 11 }],
      ['2050_moderate', 'thermal', { bajo: 204, medio: 199, alto: 311, muy_alto: 286 }],
      ['2050_moderate', 'landslide', { none: 1000 }],
    ]);
    const rows = hazardComparisons(risk, '2050_moderate');
    expect(rows.map((row) => row.hazard)).toEqual(['thermal', 'rust', 'borer', 'frost', 'drought', 'landslide']);
    const thermal = rows[0];
    expect(thermal?.baseline).toEqual({ bajo: 616, medio: 188, alto: 185, muy_alto: 11, none: 0 });
    expect(thermal?.highBaseline).toBe(196);
    expect(thermal?.highScenario).toBe(597);
    expect(thermal?.total).toBe(1000);
    expect(rows[5]?.scenario.none).toBe(1000);
    expect(rows[1]?.total).toBe(0);
  });
});

describe('family annex rows', () => {
  const family = (n: number, name: string, planId: string | null): FamilyRow => ({
    producerId: ID(n),
    producerName: name,
    planId,
    actions: 0,
    budgetSoles: 0,
    incomeNowSoles: null,
    incomeEndSoles: null,
    gapNowSoles: null,
    gapEndSoles: null,
  });

  it('sorts by name with numbers in numeric order, numbers the lines and carries the plan version', () => {
    const rows = annexRows(
      [family(1, 'Familia 10', ID(91)), family(2, 'familia 2', null), family(3, 'Álvarez Díaz, Rosa', ID(92))],
      [
        { id: ID(91), version: 3 },
        { id: ID(92), version: 1 },
      ],
      'es-PE',
    );
    expect(rows.map((row) => [row.n, row.producerName, row.planVersion])).toEqual([
      [1, 'Álvarez Díaz, Rosa', 1],
      [2, 'familia 2', null],
      [3, 'Familia 10', 3],
    ]);
  });
});

describe('timeline grids', () => {
  it('cut the plan period into runs of at most five years', () => {
    expect(yearChunks(2026, 2030)).toEqual([[2026, 2027, 2028, 2029, 2030]]);
    expect(yearChunks(2026, 2026)).toEqual([[2026]]);
    expect(yearChunks(2025, 2036)).toEqual([
      [2025, 2026, 2027, 2028, 2029],
      [2030, 2031, 2032, 2033, 2034],
      [2035, 2036],
    ]);
  });
});
