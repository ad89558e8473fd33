import type { RiskSummary } from '../../../shared/api/risk.js';
import type { ModelHazard, ScenarioId } from '../../../shared/domain/hazard.js';
import type { LevelSlot } from './level-patterns.js';
import { levelSlots, slotOf } from './level-slots.js';

export type Metric = 'plots' | 'hectares';

export interface SlotAmounts {
  readonly plots: number;
  readonly hectares: number;
}
export type Distribution = Readonly<Record<LevelSlot, SlotAmounts>>;

const zero: SlotAmounts = { plots: 0, hectares: 0 };

/** Plots and hectares per level (and "no data") for one hazard and scenario; levels absent count 0. */
export function distributionOf(summary: RiskSummary, hazard: ModelHazard, scenarioId: ScenarioId): Distribution {
  const entry = summary.distribution.find((item) => item.hazard === hazard && item.scenarioId === scenarioId);
  const result = Object.fromEntries(levelSlots.map((slot) => [slot, zero])) as Record<LevelSlot, SlotAmounts>;
  for (const count of entry?.counts ?? []) {
    const slot = slotOf(count.level);
    result[slot] = { plots: result[slot].plots + count.plots, hectares: result[slot].hectares + count.hectares };
  }
  return result;
}

/** Plots (or hectares) rated Alto or Muy alto: the headline the dashboard compares across scenarios. */
export const atHighRisk = (distribution: Distribution, metric: Metric): number =>
  distribution.alto[metric] + distribution.muy_alto[metric];

export const totalOf = (distribution: Distribution, metric: Metric): number =>
  levelSlots.reduce((sum, slot) => sum + distribution[slot][metric], 0);
