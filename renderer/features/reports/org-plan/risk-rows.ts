import type { RiskSummary } from '../../../../shared/api/risk.js';
import { modelHazards } from '../../../../shared/domain/hazard.js';
import type { ModelHazard, ScenarioId } from '../../../../shared/domain/hazard.js';
import type { LevelSlot } from '../../risk/level-patterns.js';
import { levelSlots } from '../../risk/level-slots.js';
import { distributionOf } from '../../risk/risk-distribution.js';

export type SlotPlots = Readonly<Record<LevelSlot, number>>;

export interface HazardComparison {
  readonly hazard: ModelHazard;
  readonly baseline: SlotPlots;
  readonly scenario: SlotPlots;
  readonly highBaseline: number;
  readonly highScenario: number;
  /** Every plot counted once per scenario (levels plus "Sin datos"). */
  readonly total: number;
}

const plotsPerSlot = (summary: RiskSummary, hazard: ModelHazard, scenarioId: ScenarioId): SlotPlots => {
  const distribution = distributionOf(summary, hazard, scenarioId);
  return Object.fromEntries(levelSlots.map((slot) => [slot, distribution[slot].plots])) as Record<LevelSlot, number>;
};

/**
 * For each of the model's hazards, plots per level at the línea base and in
 * the plan's scenario (the organisation's own risk.summary), with the count
 * at Alto or Muy alto that the report writes beside each pair of bars.
 */
export function hazardComparisons(summary: RiskSummary, scenarioId: ScenarioId): HazardComparison[] {
  return modelHazards.map((hazard) => {
    const baseline = plotsPerSlot(summary, hazard, 'baseline');
    const scenario = plotsPerSlot(summary, hazard, scenarioId);
    const sum = (plots: SlotPlots) => levelSlots.reduce((total, slot) => total + plots[slot], 0);
    return {
      hazard,
      baseline,
      scenario,
      highBaseline: baseline.alto + baseline.muy_alto,
      highScenario: scenario.alto + scenario.muy_alto,
      total: Math.max(sum(baseline), sum(scenario)),
    };
  });
}
