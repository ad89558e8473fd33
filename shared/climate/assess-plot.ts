import { modelHazards, scenarioIds } from '../domain/hazard.js';
import type { HazardResult, ModelHazard, ScenarioId } from '../domain/hazard.js';
import type { HazardContext } from './hazard-context.js';
import { assessBorer } from './hazards/borer.js';
import { assessDrought } from './hazards/drought.js';
import { assessFrost } from './hazards/frost.js';
import { assessLandslide } from './hazards/landslide.js';
import { assessRust } from './hazards/rust.js';
import { assessThermal } from './hazards/thermal.js';
import type { PlotAssessment, PlotClimateInputs } from './model-inputs.js';
import type { ClimateModelParams } from './model-params.js';
import { estimateTemperature, plotAltitude } from './plot-temperature.js';

const assessors: Record<ModelHazard, (ctx: HazardContext) => HazardResult> = {
  thermal: assessThermal,
  rust: assessRust,
  borer: assessBorer,
  frost: assessFrost,
  drought: assessDrought,
  landslide: assessLandslide,
};

/**
 * The built-in coffee climate model for one plot and scenario (pure: no I/O).
 * Altitude → temperature (layer or lapse rate from the nearest station, plus
 * the scenario's Δ) → one result per model hazard, in `modelHazards` order.
 * The rules and their sources: climate-model.json and the Methodology page.
 */
export function assessPlot(
  inputs: PlotClimateInputs,
  scenarioId: ScenarioId,
  params: ClimateModelParams,
): PlotAssessment {
  const altitude = plotAltitude(inputs, scenarioId);
  const temperature = estimateTemperature(inputs, altitude, scenarioId, params);
  const baselineTempC =
    scenarioId === 'baseline'
      ? temperature.tempC
      : estimateTemperature(inputs, plotAltitude(inputs, 'baseline'), 'baseline', params).tempC;
  const ctx: HazardContext = { inputs, scenarioId, params, altitude, temperature, baselineTempC };
  return {
    scenarioId,
    temperatureC: temperature.tempC,
    altitudeM: altitude.altitudeM,
    altitudeSource: altitude.altitudeSource,
    results: modelHazards.map((hazard) => assessors[hazard](ctx)),
  };
}

/** One assessment per scenario, in `scenarioIds` order. */
export function assessAllScenarios(inputs: PlotClimateInputs, params: ClimateModelParams): PlotAssessment[] {
  return scenarioIds.map((scenarioId) => assessPlot(inputs, scenarioId, params));
}
