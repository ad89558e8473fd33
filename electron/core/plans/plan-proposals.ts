import type { Proposal } from '../../../shared/api/plans.js';
import { levelRank, modelHazards } from '../../../shared/domain/hazard.js';
import type { HazardLevel, ModelHazard, ScenarioId } from '../../../shared/domain/hazard.js';
import type { Store } from '../store/open-store.js';
import { stmt } from '../store/statements.js';
import { listMeasures } from './measures-store.js';
import { actionsOf, planRow } from './plans-store.js';

/** ~2,000 coffee plants per hectare in Peru (andina.pe, DOMAIN.md "The farm"), when the plot does not say. */
const DEFAULT_PLANTS_PER_HA = 2000;
const MAX_PROPOSALS = 15;

interface PlotRisk {
  plotId: string;
  /** The altitude the risk analysis used (typed, GPS or DEM). */
  altitudeM: number | null;
  plotName: string;
  areaHa: number;
  plantsPerHa: number | null;
  levels: Record<ModelHazard, HazardLevel | null>;
}

function plotRisks(db: Store, producerId: string, scenarioId: ScenarioId): PlotRisk[] {
  const rows = stmt(
    db,
    `SELECT p.id, p.name, p.area_ha, p.plants_per_ha, r.altitude_m, r.thermal, r.rust, r.borer, r.frost, r.drought, r.landslide
       FROM plots p JOIN plot_risks r ON r.plot_id = p.id AND r.scenario_id = ?
      WHERE p.producer_id = ? AND p.deleted_at IS NULL ORDER BY p.name`,
  ).all(scenarioId, producerId) as (Record<ModelHazard, HazardLevel | null> & {
    id: string;
    name: string;
    area_ha: number | null;
    plants_per_ha: number | null;
    altitude_m: number | null;
  })[];
  return rows.map((r) => ({
    plotId: r.id,
    altitudeM: r.altitude_m,
    plotName: r.name,
    areaHa: r.area_ha ?? 0,
    plantsPerHa: r.plants_per_ha,
    levels: Object.fromEntries(modelHazards.map((h) => [h, r[h]])) as Record<ModelHazard, HazardLevel | null>,
  }));
}

/**
 * Measures for the family's plots' risks in the plan's scenario, best first.
 * Every plot hazard at Medio or above calls for the farm measures that
 * address it; a measure's score adds, per plot and hazard it answers, the
 * level's weight (Medio 1, Alto 2, Muy alto 3) times the plot's hectares
 * (at least 0.1, so a point plot still counts). Measures already in the plan
 * are listed as such, not proposed twice.
 */
export function proposeMeasures(db: Store, planId: string): Proposal[] {
  const plan = planRow(db, planId);
  if (plan.kind !== 'farm' || plan.producer_id === null) return [];
  const scenarioId = plan.scenario_id as ScenarioId;
  const plots = plotRisks(db, plan.producer_id, scenarioId);
  const planned = new Set(
    actionsOf(db, planId)
      .filter((a) => a.status !== 'dropped')
      .map((a) => a.measure.measureId),
  );
  const measures = listMeasures(db, plan.organisation_id, false).filter((m) => m.scope === 'farm');
  const proposals: Proposal[] = [];
  for (const measure of measures) {
    const reasons: Proposal['reasons'] = [];
    let score = 0;
    for (const plot of plots) {
      if (!suitsAltitude(measure, plot.altitudeM)) continue;
      for (const hazard of measure.hazards) {
        const level = plot.levels[hazard];
        if (level === null || levelRank(level) < levelRank('medio')) continue;
        reasons.push({ hazard, level, scenarioId, plotId: plot.plotId, plotName: plot.plotName });
        score += levelRank(level) * Math.max(0.1, plot.areaHa);
      }
    }
    if (reasons.length === 0) continue;
    const plotIds = [...new Set(reasons.map((r) => r.plotId))];
    const chosen = plots.filter((p) => plotIds.includes(p.plotId));
    const hazards = [...new Set(reasons.map((r) => r.hazard))];
    proposals.push({
      measureId: measure.id,
      // A measure answering several of the plots' hazards ranks above one answering a single hazard.
      score: Math.round(score * (1 + 0.25 * (hazards.length - 1)) * 1000) / 1000,
      hazards,
      reasons: reasons.sort((a, b) => levelRank(b.level) - levelRank(a.level)),
      plotIds,
      suggestedQuantity: suggestedQuantity(measure.unit, chosen),
      alreadyPlanned: planned.has(measure.id),
    });
  }
  return proposals.sort((a, b) => b.score - a.score).slice(0, MAX_PROPOSALS);
}

/** Cacao, for one, belongs in the lower coffee zone: a measure is not proposed for a plot outside its altitude band. */
function suitsAltitude(
  measure: { minAltitudeM: number | null; maxAltitudeM: number | null },
  altitudeM: number | null,
) {
  if (altitudeM === null) return true;
  return (measure.minAltitudeM ?? -Infinity) <= altitudeM && altitudeM <= (measure.maxAltitudeM ?? Infinity);
}

function suggestedQuantity(unit: string, plots: readonly PlotRisk[]): number {
  const areaHa = plots.reduce((sum, p) => sum + p.areaHa, 0);
  switch (unit) {
    case 'ha':
      return Math.round(areaHa * 100) / 100;
    case 'plants':
      return Math.round(plots.reduce((sum, p) => sum + p.areaHa * (p.plantsPerHa ?? DEFAULT_PLANTS_PER_HA), 0));
    default:
      return 1;
  }
}
