import type { HazardResult, RiskDriver } from '../../domain/hazard.js';
import { driver } from '../driver-codes.js';
import { hazardResult } from '../hazard-context.js';
import type { HazardContext } from '../hazard-context.js';
import { cutoffParams, levelAtOrAbove, round1 } from '../levels.js';

/**
 * Landslide and erosion: the plot's mean slope from a DEM layer (FAO 2006
 * slope classes mapped to levels in climate-model.json) and landslide or
 * erosion susceptibility maps (highest class touched); the higher of the two.
 * Without either: no level, and the driver names the layers that would give one.
 */
export function assessLandslide(ctx: HazardContext): HazardResult {
  const { slope } = ctx.altitude;
  const { slopeCutoffsPct } = ctx.params.landslide;
  const drivers: RiskDriver[] = [];
  const level = slope === null ? null : levelAtOrAbove(slope.slopePct, slopeCutoffsPct);
  if (slope !== null && level !== null) {
    drivers.push(
      driver('landslide_slope', {
        layerName: slope.layerName,
        slopePct: round1(slope.slopePct),
        level,
        ...cutoffParams(slopeCutoffsPct),
      }),
    );
  }
  return hazardResult('landslide', ctx, level, drivers, 'landslide');
}
