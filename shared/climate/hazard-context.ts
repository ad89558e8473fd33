import { highestLevel } from '../domain/hazard.js';
import type { HazardLevel, HazardResult, ModelHazard, RiskDriver, ScenarioId } from '../domain/hazard.js';
import { noData } from './driver-codes.js';
import type { NoDataReason } from './driver-codes.js';
import type { PlotClimateInputs } from './model-inputs.js';
import type { ClimateModelParams } from './model-params.js';
import { vectorLevels } from './plot-evidence.js';
import type { PlotAltitude, TemperatureEstimate } from './plot-temperature.js';

/** What every hazard rule sees for one plot and scenario. */
export interface HazardContext {
  inputs: PlotClimateInputs;
  scenarioId: ScenarioId;
  params: ClimateModelParams;
  altitude: PlotAltitude;
  temperature: TemperatureEstimate;
  /** The same plot's baseline temperature, to say what a scenario changes; null when unknown. */
  baselineTempC: number | null;
}

/**
 * A hazard's result: the model's own level raised by any vector layer that
 * feeds this hazard. With no level at all and a `noDataReason`, the drivers
 * say which layer would give one.
 */
export function hazardResult(
  hazard: ModelHazard,
  ctx: HazardContext,
  modelLevel: HazardLevel | null,
  drivers: RiskDriver[],
  noDataReason?: NoDataReason,
): HazardResult {
  const layers = vectorLevels(ctx.inputs, hazard, ctx.scenarioId);
  const level = highestLevel([modelLevel, layers.level]);
  const all = [...drivers, ...layers.drivers];
  if (level === null && noDataReason) all.push(noData(noDataReason));
  return { hazard, level, drivers: all };
}
