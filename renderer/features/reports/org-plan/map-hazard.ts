import type { RiskSummary } from '../../../../shared/api/risk.js';
import { modelHazards } from '../../../../shared/domain/hazard.js';
import type { ModelHazard, ScenarioId } from '../../../../shared/domain/hazard.js';
import { distributionOf } from '../../risk/risk-distribution.js';
import { levelSlots } from '../../risk/level-slots.js';

export interface MapHazardChoice {
  readonly hazard: ModelHazard;
  /** Plots at Alto or Muy alto for that hazard in the scenario. */
  readonly highPlots: number;
  /** Plots with a level (not "Sin datos") for that hazard in the scenario. */
  readonly ratedPlots: number;
}

/**
 * The hazard the report's map is coloured by: the one with the most plots at
 * Alto or Muy alto in the plan's scenario (the organisation's most
 * widespread serious risk). Ties, and an organisation with no plot at high
 * risk, go to the hazard with more rated plots, then to the model's order
 * (thermal, rust, borer, frost, drought, landslide). Null when no plot has a
 * level for any hazard (never analysed): the map then shows the plots uncoloured.
 */
export function mapHazardFor(summary: RiskSummary, scenarioId: ScenarioId): MapHazardChoice | null {
  let best: MapHazardChoice | null = null;
  for (const hazard of modelHazards) {
    const distribution = distributionOf(summary, hazard, scenarioId);
    const highPlots = distribution.alto.plots + distribution.muy_alto.plots;
    const ratedPlots = levelSlots.reduce((sum, slot) => (slot === 'none' ? sum : sum + distribution[slot].plots), 0);
    if (ratedPlots === 0) continue;
    if (best === null || highPlots > best.highPlots || (highPlots === best.highPlots && ratedPlots > best.ratedPlots)) {
      best = { hazard, highPlots, ratedPlots };
    }
  }
  return best;
}
