import type { HazardResult, RiskDriver } from '../../domain/hazard.js';
import { driver } from '../driver-codes.js';
import { hazardResult } from '../hazard-context.js';
import type { HazardContext } from '../hazard-context.js';
import { cutoffParams, levelAtOrAbove, round1 } from '../levels.js';
import type { ClimateModelParams } from '../model-params.js';
import { rasterFor } from '../plot-evidence.js';
import { classifyVariety } from './rust-variety.js';

type RustParams = ClimateModelParams['rust'];

/** 1 at the optimum (22 °C), falling linearly to 0 at 15 and 28.5 °C (Nutman & Roberts 1963). */
export function rustTemperatureFactor(tempC: number, rust: Pick<RustParams, 'minC' | 'optimumC' | 'maxC'>): number {
  if (tempC <= rust.minC || tempC >= rust.maxC) return 0;
  return tempC <= rust.optimumC
    ? (tempC - rust.minC) / (rust.optimumC - rust.minC)
    : (rust.maxC - tempC) / (rust.maxC - rust.optimumC);
}

function wetnessClass(value: number, breaks: { moderate: number; wet: number }): 'dry' | 'moderate' | 'wet' {
  return value >= breaks.wet ? 'wet' : value >= breaks.moderate ? 'moderate' : 'dry';
}

/** Rain or humidity layers (wetter → more rust: it needs liquid water); without either, an assumed middle value. */
function wetness(ctx: HazardContext, rust: RustParams): { points: number; drivers: RiskDriver[] } {
  const rain = rasterFor(ctx.inputs, 'rainfall', ctx.scenarioId)?.layer;
  const humidity = rasterFor(ctx.inputs, 'humidity', ctx.scenarioId)?.layer;
  const drivers: RiskDriver[] = [];
  const points: number[] = [];
  if (rain) {
    const wet = wetnessClass(rain.stats.mean, rust.wetRainfallMm);
    points.push(rust.wetnessPoints[wet]);
    drivers.push(
      driver('rust_rainfall', {
        layerName: rain.layerName,
        rainfallMm: Math.round(rain.stats.mean),
        wetness: wet,
        points: rust.wetnessPoints[wet],
      }),
    );
  }
  if (humidity) {
    const wet = wetnessClass(humidity.stats.mean, rust.wetHumidityPct);
    points.push(rust.wetnessPoints[wet]);
    drivers.push(
      driver('rust_humidity', {
        layerName: humidity.layerName,
        humidityPct: Math.round(humidity.stats.mean),
        wetness: wet,
        points: rust.wetnessPoints[wet],
      }),
    );
  }
  if (points.length === 0) {
    return {
      points: rust.assumedWetnessPoints,
      drivers: [driver('rust_wetness_assumed', { points: rust.assumedWetnessPoints })],
    };
  }
  return { points: Math.max(...points), drivers };
}

function variety(ctx: HazardContext, rust: RustParams): { points: number; driver: RiskDriver } {
  const found = classifyVariety(ctx.inputs.variety, rust.varieties);
  if (!found)
    return {
      points: rust.varietyPoints.susceptible,
      driver: driver('rust_variety_missing', { points: rust.varietyPoints.susceptible }),
    };
  const points = rust.varietyPoints[found.susceptibility];
  if (found.unknown.length > 0) {
    return { points, driver: driver('rust_variety_unknown', { variety: found.unknown.join(', '), points }) };
  }
  return {
    points,
    driver: driver('rust_variety', {
      variety: ctx.inputs.variety.trim(),
      susceptibility: found.susceptibility,
      points,
    }),
  };
}

/** Dense shade keeps leaves wet longer (López-Bravo et al. 2012): a model assumption, see climate-model.json. */
function shade(ctx: HazardContext, rust: RustParams): { points: number; driver: RiskDriver } {
  const { shadePct } = ctx.inputs;
  if (shadePct === null) return { points: 0, driver: driver('rust_shade_unknown') };
  if (shadePct >= rust.denseShadePct) {
    return {
      points: rust.denseShadePoints,
      driver: driver('rust_shade_dense', { shadePct, thresholdPct: rust.denseShadePct, points: rust.denseShadePoints }),
    };
  }
  return { points: 0, driver: driver('rust_shade_light', { shadePct, thresholdPct: rust.denseShadePct }) };
}

/**
 * Coffee leaf rust (roya): a score = temperature closeness to 22 °C + variety
 * susceptibility + wetness + dense shade; score → level by the cutoffs in
 * climate-model.json. One driver per factor, then the score.
 */
export function assessRust(ctx: HazardContext): HazardResult {
  const { tempC } = ctx.temperature;
  if (tempC === null) return hazardResult('rust', ctx, null, [ctx.temperature.driver]);
  const rust = ctx.params.rust;
  const temperaturePoints = rust.temperatureMaxPoints * rustTemperatureFactor(tempC, rust);
  const temperatureDriver = driver('rust_temperature', {
    tempC: round1(tempC),
    optimumC: rust.optimumC,
    minC: rust.minC,
    maxC: rust.maxC,
    points: round1(temperaturePoints),
    maxPoints: rust.temperatureMaxPoints,
  });
  const byVariety = variety(ctx, rust);
  const byWetness = wetness(ctx, rust);
  const byShade = shade(ctx, rust);
  const score = temperaturePoints + byVariety.points + byWetness.points + byShade.points;
  const maxScore =
    rust.temperatureMaxPoints +
    Math.max(...Object.values(rust.varietyPoints)) +
    Math.max(rust.assumedWetnessPoints, ...Object.values(rust.wetnessPoints)) +
    Math.max(0, rust.denseShadePoints);
  const level = levelAtOrAbove(score, rust.levelCutoffs);
  return hazardResult('rust', ctx, level, [
    temperatureDriver,
    byVariety.driver,
    ...byWetness.drivers,
    byShade.driver,
    driver('rust_score', {
      score: round1(score),
      maxScore: round1(maxScore),
      level,
      ...cutoffParams(rust.levelCutoffs),
    }),
  ]);
}
