import type { HazardResult } from '../../domain/hazard.js';
import { driver } from '../driver-codes.js';
import { hazardResult } from '../hazard-context.js';
import type { HazardContext } from '../hazard-context.js';
import { cutoffParams, levelAtOrAbove, round1 } from '../levels.js';

/**
 * Thermal suitability for Arabica: the level grows with the degrees outside
 * the optimum mean annual temperature (18–22 °C, DaMatta 2007), above or below;
 * the cutoffs are model choices in climate-model.json.
 */
export function assessThermal(ctx: HazardContext): HazardResult {
  const { tempC } = ctx.temperature;
  if (tempC === null) return hazardResult('thermal', ctx, null, [ctx.temperature.driver]);
  const { optimumMinC, optimumMaxC, levelCutoffsC } = ctx.params.thermal;
  const aboveC = tempC - optimumMaxC;
  const belowC = optimumMinC - tempC;
  const level = levelAtOrAbove(Math.max(0, aboveC, belowC), levelCutoffsC);
  const shared = { tempC: round1(tempC), optimumMinC, optimumMaxC, level, ...cutoffParams(levelCutoffsC) };
  const drivers = [ctx.temperature.driver];
  if (aboveC > 0) drivers.push(driver('thermal_above_optimum', { ...shared, byC: round1(aboveC) }));
  else if (belowC > 0) drivers.push(driver('thermal_below_optimum', { ...shared, byC: round1(belowC) }));
  else drivers.push(driver('thermal_within_optimum', shared));
  if (ctx.scenarioId !== 'baseline' && ctx.baselineTempC !== null) {
    drivers.push(
      driver('thermal_change', {
        changeC: round1(tempC - ctx.baselineTempC),
        baselineTempC: round1(ctx.baselineTempC),
        scenarioId: ctx.scenarioId,
      }),
    );
  }
  return hazardResult('thermal', ctx, level, drivers);
}
