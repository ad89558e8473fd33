import type { HazardResult, RiskDriver } from '../../domain/hazard.js';
import { driver } from '../driver-codes.js';
import { hazardResult } from '../hazard-context.js';
import type { HazardContext } from '../hazard-context.js';
import { cutoffParams, levelAtOrAbove, round1 } from '../levels.js';

/**
 * Coffee berry borer (broca): warmer plots face more. It develops between
 * 14.9 and 32 °C and its growth rate rises ≈ 8.5 % per +1 °C (Jaramillo et
 * al. 2009), so a scenario grows it by (1 + rate)^(T − T_baseline) − 1; the
 * level comes from the mean temperature (cutoffs in climate-model.json).
 */
export function assessBorer(ctx: HazardContext): HazardResult {
  const { tempC } = ctx.temperature;
  if (tempC === null) return hazardResult('borer', ctx, null, [ctx.temperature.driver]);
  const { minC, maxC, growthPerC, levelCutoffsC } = ctx.params.borer;
  const drivers: RiskDriver[] = [];
  const outside = tempC < minC || tempC > maxC;
  const level = outside ? 'bajo' : levelAtOrAbove(tempC, levelCutoffsC);
  drivers.push(
    outside
      ? driver('borer_outside_limits', { tempC: round1(tempC), minC, maxC, level })
      : driver('borer_temperature', { tempC: round1(tempC), minC, maxC, level, ...cutoffParams(levelCutoffsC) }),
  );
  // Growth only means something where the borer develops at all.
  if (!outside && ctx.scenarioId !== 'baseline' && ctx.baselineTempC !== null) {
    const changeC = tempC - ctx.baselineTempC;
    drivers.push(
      driver('borer_growth', {
        growthPct: round1((Math.pow(1 + growthPerC, changeC) - 1) * 100),
        changeC: round1(changeC),
        ratePct: round1(growthPerC * 100),
        scenarioId: ctx.scenarioId,
      }),
    );
  }
  return hazardResult('borer', ctx, level, drivers);
}
