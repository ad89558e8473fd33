import { highestLevel } from '../../domain/hazard.js';
import type { HazardLevel, HazardResult, RiskDriver } from '../../domain/hazard.js';
import { driver } from '../driver-codes.js';
import { hazardResult } from '../hazard-context.js';
import type { HazardContext } from '../hazard-context.js';
import { cutoffParams, levelAtOrAbove, levelBelow } from '../levels.js';
import { rasterFor } from '../plot-evidence.js';

/**
 * Drought (sequía) only where a layer tells it: annual rainfall below
 * coffee's optimum (1,200 mm, DaMatta 2007), a water deficit above 100 mm, or
 * a drought hazard map; the highest wins. Without any: no level, and the
 * driver names the layers that would give one.
 */
export function assessDrought(ctx: HazardContext): HazardResult {
  const { rainfallCutoffsMm, waterDeficitCutoffsMm } = ctx.params.drought;
  const levels: HazardLevel[] = [];
  const drivers: RiskDriver[] = [];
  const rain = rasterFor(ctx.inputs, 'rainfall', ctx.scenarioId)?.layer;
  if (rain) {
    const level = levelBelow(rain.stats.mean, rainfallCutoffsMm);
    levels.push(level);
    drivers.push(
      driver('drought_rainfall', {
        layerName: rain.layerName,
        rainfallMm: Math.round(rain.stats.mean),
        level,
        ...cutoffParams(rainfallCutoffsMm),
      }),
    );
  }
  const deficit = rasterFor(ctx.inputs, 'water_deficit', ctx.scenarioId)?.layer;
  if (deficit) {
    const level = levelAtOrAbove(deficit.stats.mean, waterDeficitCutoffsMm);
    levels.push(level);
    drivers.push(
      driver('drought_water_deficit', {
        layerName: deficit.layerName,
        deficitMm: Math.round(deficit.stats.mean),
        level,
        ...cutoffParams(waterDeficitCutoffsMm),
      }),
    );
  }
  return hazardResult('drought', ctx, highestLevel(levels), drivers, 'drought');
}
