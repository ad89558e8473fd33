import { highestLevel } from '../domain/hazard.js';
import type { HazardLevel, LayerHazardType, ModelHazard, RiskDriver, ScenarioId } from '../domain/hazard.js';
import { driver } from './driver-codes.js';
import { round1 } from './levels.js';
import type { LayerEvidence, PlotClimateInputs } from './model-inputs.js';
import { vectorHazardRules } from './model-params.js';

type RasterEvidence = PlotClimateInputs['rasters'][number];

/**
 * The raster of this kind to use for a scenario: one made for the scenario
 * wins (`scenarioSpecific`), else one for all scenarios (scenarioId null);
 * a layer made for another scenario never counts. The first in layer order
 * wins among equals.
 */
export function rasterFor(
  inputs: PlotClimateInputs,
  hazard: LayerHazardType,
  scenarioId: ScenarioId,
): { layer: RasterEvidence; scenarioSpecific: boolean } | null {
  const ofKind = inputs.rasters.filter((layer) => layer.hazard === hazard);
  const specific = ofKind.find((layer) => layer.scenarioId === scenarioId);
  if (specific) return { layer: specific, scenarioSpecific: true };
  const general = ofKind.find((layer) => layer.scenarioId === null);
  return general ? { layer: general, scenarioSpecific: false } : null;
}

const countsFor = (layer: LayerEvidence<unknown>, scenarioId: ScenarioId): boolean =>
  layer.scenarioId === null || layer.scenarioId === scenarioId;

/**
 * Vector layers that feed a model hazard (climate-model.json `layerRules`:
 * landslide and erosion → landslide, drought, frost, rust; flood → none),
 * each as its highest class touching the plot and that class's share.
 */
export function vectorLevels(
  inputs: PlotClimateInputs,
  hazard: ModelHazard,
  scenarioId: ScenarioId,
): { level: HazardLevel | null; drivers: RiskDriver[] } {
  const drivers: RiskDriver[] = [];
  const levels: HazardLevel[] = [];
  for (const layer of inputs.vectors) {
    if (vectorHazardRules[layer.hazard] !== hazard || !countsFor(layer, scenarioId)) continue;
    const highest = layer.stats.highest;
    if (highest === null) continue;
    levels.push(highest);
    const sharePct = round1((layer.stats.shares[highest] ?? 0) * 100);
    drivers.push(driver('layer_class', { layerName: layer.layerName, level: highest, sharePct }));
  }
  return { level: highestLevel(levels), drivers };
}
