import type { PlotRiskCard } from '../../../../shared/api/risk.js';
import { levelRank, modelHazards } from '../../../../shared/domain/hazard.js';
import type { HazardResult, ModelHazard, ScenarioId } from '../../../../shared/domain/hazard.js';
import { fundingSources } from '../../../../shared/domain/plan.js';
import type { FundingSource, PlanAction } from '../../../../shared/domain/plan.js';

/** A plot's result for one hazard in one scenario; null when the plot was never analysed for that scenario. */
export function hazardResultOf(card: PlotRiskCard, scenarioId: ScenarioId, hazard: ModelHazard): HazardResult | null {
  const assessment = card.assessments.find((a) => a.scenarioId === scenarioId);
  return assessment?.results.find((r) => r.hazard === hazard) ?? null;
}

/** The highest level rank (0 Bajo … 3 Muy alto) any plot has for a hazard in a scenario; −1 without data. */
function highestRank(cards: readonly PlotRiskCard[], scenarioId: ScenarioId, hazard: ModelHazard): number {
  let best = -1;
  for (const card of cards) {
    const level = hazardResultOf(card, scenarioId, hazard)?.level ?? null;
    if (level !== null) best = Math.max(best, levelRank(level));
  }
  return best;
}

/** How many of the plan's (non-dropped) actions address each hazard. */
export function actionsPerHazard(actions: readonly Pick<PlanAction, 'status' | 'measure'>[]): Map<ModelHazard, number> {
  const counts = new Map<ModelHazard, number>();
  for (const action of actions) {
    if (action.status === 'dropped') continue;
    for (const hazard of new Set(action.measure.hazards)) counts.set(hazard, (counts.get(hazard) ?? 0) + 1);
  }
  return counts;
}

/**
 * The plan's main hazard, which the report's map is coloured by: the one its
 * actions address most (what the plan is about). Ties go to the hazard with
 * the higher level on the family's plots in the plan's scenario, then to the
 * model's order. A plan without actions for any hazard falls back to the
 * hazard with the highest level; null when no plot has a level at all.
 */
export function mainHazard(
  actions: readonly Pick<PlanAction, 'status' | 'measure'>[],
  cards: readonly PlotRiskCard[],
  scenarioId: ScenarioId,
): ModelHazard | null {
  const counts = actionsPerHazard(actions);
  let best: { hazard: ModelHazard; count: number; rank: number } | null = null;
  for (const hazard of modelHazards) {
    const count = counts.get(hazard) ?? 0;
    const rank = highestRank(cards, scenarioId, hazard);
    if (count === 0 && rank < 0) continue;
    if (best === null || count > best.count || (count === best.count && rank > best.rank)) {
      best = { hazard, count, rank };
    }
  }
  return best?.hazard ?? null;
}

/** Actions in the order they happen: year, quarter, then as they were added. */
export function actionsInTimeOrder<T extends Pick<PlanAction, 'year' | 'quarter' | 'createdAt'>>(
  actions: readonly T[],
): T[] {
  return [...actions].sort(
    (a, b) => a.year - b.year || a.quarter - b.quarter || a.createdAt.localeCompare(b.createdAt),
  );
}

/** The funding sources that pay for something, in the catalogue's order (the budget table's columns). */
export function fundingColumns(bySource: Readonly<Record<string, number>>): FundingSource[] {
  return fundingSources.filter((source) => (bySource[source] ?? 0) > 0);
}
