import { highestLevel } from '../../domain/hazard.js';
import type { HazardResult, RiskDriver } from '../../domain/hazard.js';
import { driver } from '../driver-codes.js';
import { hazardResult } from '../hazard-context.js';
import type { HazardContext } from '../hazard-context.js';
import { cutoffParams, levelBelow, round1 } from '../levels.js';

/**
 * Frost (helada), at the top of the coffee range: colder mean temperature →
 * higher level (warming lowers it); above the altitude where SENAMHI records
 * July frosts (2,800 m) the level is at least the configured floor.
 */
export function assessFrost(ctx: HazardContext): HazardResult {
  const { tempC } = ctx.temperature;
  const { levelCutoffsC, frostAltitudeM, altitudeMinLevel } = ctx.params.frost;
  const { altitudeM } = ctx.altitude;
  // The temperature's own driver is on the thermal result; here only when it says what is missing.
  const drivers: RiskDriver[] = tempC === null ? [ctx.temperature.driver] : [];
  const byTemperature = tempC === null ? null : levelBelow(tempC, levelCutoffsC);
  if (tempC !== null && byTemperature !== null) {
    drivers.push(
      driver('frost_temperature', { tempC: round1(tempC), level: byTemperature, ...cutoffParams(levelCutoffsC) }),
    );
  }
  const byAltitude = altitudeM !== null && altitudeM >= frostAltitudeM ? altitudeMinLevel : null;
  if (altitudeM !== null && byAltitude !== null) {
    drivers.push(
      driver('frost_altitude', { altitudeM: Math.round(altitudeM), thresholdM: frostAltitudeM, level: byAltitude }),
    );
  }
  return hazardResult('frost', ctx, highestLevel([byTemperature, byAltitude]), drivers);
}
