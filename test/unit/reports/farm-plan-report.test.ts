import { describe, expect, it } from 'vitest';
import type { PlotRiskCard } from '../../../shared/api/risk.js';
import type { HazardLevel, ModelHazard, ScenarioId } from '../../../shared/domain/hazard.js';
import type { PlanAction } from '../../../shared/domain/plan.js';
import {
  actionsInTimeOrder,
  actionsPerHazard,
  fundingColumns,
  hazardResultOf,
  mainHazard,
} from '../../../renderer/features/reports/farm-plan/farm-plan-model.js';

type ActionLike = Pick<PlanAction, 'status' | 'measure'>;
const action = (hazards: ModelHazard[], status: PlanAction['status'] = 'planned'): ActionLike =>
  ({ status, measure: { hazards } }) as unknown as ActionLike;

function card(
  plotId: string,
  levels: Partial<Record<ScenarioId, Partial<Record<ModelHazard, HazardLevel | null>>>>,
): PlotRiskCard {
  return {
    plotId,
    plotName: plotId,
    producerName: 'Familia',
    analysedAt: '2026-01-01T00:00:00.000Z',
    stale: false,
    layers: [],
    assessments: Object.entries(levels).map(([scenarioId, byHazard]) => ({
      scenarioId: scenarioId as ScenarioId,
      temperatureC: 21,
      altitudeM: 1500,
      altitudeSource: 'typed',
      results: Object.entries(byHazard).map(([hazard, level]) => ({
        hazard: hazard as ModelHazard,
        level: level ?? null,
        drivers: [],
      })),
    })),
  };
}

describe('farm plan report: the map’s hazard', () => {
  it('is the hazard the plan’s actions address most, dropped actions left out', () => {
    const actions = [
      action(['rust']),
      action(['rust']),
      action(['rust', 'borer']),
      action(['drought'], 'dropped'),
      action(['drought'], 'dropped'),
      action(['drought'], 'dropped'),
      action(['drought']),
      action([]),
    ];
    expect(Object.fromEntries(actionsPerHazard(actions))).toEqual({ rust: 3, borer: 1, drought: 1 });
    expect(mainHazard(actions, [], '2050_moderate')).toBe('rust');
  });

  it('breaks a tie by the higher level on the family’s plots in the plan’s scenario', () => {
    const cards = [
      card('a', { '2050_moderate': { rust: 'medio', borer: 'muy_alto' }, baseline: { rust: 'muy_alto' } }),
      card('b', { '2050_moderate': { rust: 'alto', borer: 'bajo' } }),
    ];
    expect(mainHazard([action(['rust']), action(['borer'])], cards, '2050_moderate')).toBe('borer');
    // In the baseline only rust has a level (Muy alto): rust wins the tie there.
    expect(mainHazard([action(['rust']), action(['borer'])], cards, 'baseline')).toBe('rust');
  });

  it('falls back to the highest level without actions, and to null without any level', () => {
    const cards = [card('a', { '2030': { thermal: 'medio', frost: 'alto', drought: null } })];
    expect(mainHazard([], cards, '2030')).toBe('frost');
    expect(mainHazard([], [card('a', { '2030': { drought: null } })], '2030')).toBeNull();
    expect(hazardResultOf(cards[0]!, '2030', 'frost')?.level).toBe('alto');
    expect(hazardResultOf(cards[0]!, 'baseline', 'frost')).toBeNull();
  });
});

describe('farm plan report: tables', () => {
  it('lists actions by year, quarter, then as added', () => {
    const rows = [
      { id: 'c', year: 2027, quarter: 1, createdAt: '2026-01-03T00:00:00Z' },
      { id: 'a', year: 2026, quarter: 3, createdAt: '2026-01-02T00:00:00Z' },
      { id: 'b', year: 2026, quarter: 3, createdAt: '2026-01-01T00:00:00Z' },
      { id: 'd', year: 2026, quarter: 1, createdAt: '2026-01-05T00:00:00Z' },
    ];
    expect(actionsInTimeOrder(rows).map((r) => r.id)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('keeps only the funding sources that pay something, in the catalogue’s order', () => {
    expect(
      fundingColumns({ proyecto_ong: 405, familia: 675, organizacion: 0, credito_agroperu: 17_145, otro: 0 }),
    ).toEqual(['familia', 'credito_agroperu', 'proyecto_ong']);
  });
});
