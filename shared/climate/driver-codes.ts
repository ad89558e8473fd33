import type { RiskDriver } from '../domain/hazard.js';

/**
 * Every driver code the built-in model emits; each is a sentence at
 * `risk.drivers.<code>` in both catalogues (a unit test checks).
 */
export const driverCodes = [
  'no_data',
  'temperature_from_altitude',
  'temperature_from_layer',
  'temperature_from_scenario_layer',
  'thermal_within_optimum',
  'thermal_above_optimum',
  'thermal_below_optimum',
  'thermal_change',
  'rust_temperature',
  'rust_variety',
  'rust_variety_unknown',
  'rust_variety_missing',
  'rust_rainfall',
  'rust_humidity',
  'rust_wetness_assumed',
  'rust_shade_dense',
  'rust_shade_light',
  'rust_shade_unknown',
  'rust_score',
  'borer_temperature',
  'borer_outside_limits',
  'borer_growth',
  'frost_temperature',
  'frost_altitude',
  'drought_rainfall',
  'drought_water_deficit',
  'landslide_slope',
  'layer_class',
] as const;
export type DriverCode = (typeof driverCodes)[number];

/** Why a hazard has no level: the text (`risk.noData.<reason>`) names the layer or field that would give one. */
export const noDataReasons = ['temperature', 'station', 'drought', 'landslide'] as const;
export type NoDataReason = (typeof noDataReasons)[number];

export const driver = (code: DriverCode, params: RiskDriver['params'] = {}): RiskDriver => ({ code, params });
export const noData = (reason: NoDataReason): RiskDriver => driver('no_data', { reason });
