import type { RiskDriver, ScenarioId } from '../domain/hazard.js';
import { geodesicDistanceM } from '../geo/geodesic.js';
import { driver, noData } from './driver-codes.js';
import { round1 } from './levels.js';
import type { PlotClimateInputs } from './model-inputs.js';
import type { ClimateModelParams, ReferenceStation } from './model-params.js';
import { rasterFor } from './plot-evidence.js';

export interface PlotAltitude {
  altitudeM: number | null;
  altitudeSource: PlotClimateInputs['altitudeSource'];
  /** Mean slope of the plot from a DEM layer, and that layer's name. */
  slope: { slopePct: number; layerName: string } | null;
}

/** The plot's typed or GPS altitude, else the mean of an elevation (DEM) layer; the DEM also gives the slope. */
export function plotAltitude(inputs: PlotClimateInputs, scenarioId: ScenarioId): PlotAltitude {
  const dem = rasterFor(inputs, 'elevation', scenarioId)?.layer ?? null;
  const slope = dem?.stats.slopePct != null ? { slopePct: dem.stats.slopePct, layerName: dem.layerName } : null;
  if (inputs.altitudeM !== null) return { altitudeM: inputs.altitudeM, altitudeSource: inputs.altitudeSource, slope };
  if (dem) return { altitudeM: dem.stats.mean, altitudeSource: 'dem', slope };
  return { altitudeM: null, altitudeSource: null, slope };
}

/** The reference station nearest the centroid (geodesic distance on WGS84). */
export function nearestStation(
  centroid: [number, number],
  stations: readonly ReferenceStation[],
): { station: ReferenceStation; distanceM: number } | null {
  let best: { station: ReferenceStation; distanceM: number } | null = null;
  for (const station of stations) {
    const distanceM = geodesicDistanceM(centroid, [station.lon, station.lat]);
    if (best === null || distanceM < best.distanceM) best = { station, distanceM };
  }
  return best;
}

export type TemperatureEstimate = { tempC: number; driver: RiskDriver } | { tempC: null; driver: RiskDriver };

/**
 * Mean annual temperature for a scenario. A temperature layer made for the
 * scenario is used as it is; a present-day one gets the scenario's Δ; without
 * one, T = T_ref − Γ·(z − z_ref)/1000 + Δ with the nearest reference station
 * (lapse-rate method, DOMAIN.md "Temperature from altitude").
 */
export function estimateTemperature(
  inputs: PlotClimateInputs,
  altitude: PlotAltitude,
  scenarioId: ScenarioId,
  params: ClimateModelParams,
): TemperatureEstimate {
  const deltaC = params.scenarios[scenarioId].deltaC;
  const layer = rasterFor(inputs, 'temperature', scenarioId);
  if (layer?.scenarioSpecific) {
    const tempC = layer.layer.stats.mean;
    return {
      tempC,
      driver: driver('temperature_from_scenario_layer', {
        layerName: layer.layer.layerName,
        tempC: round1(tempC),
        scenarioId,
      }),
    };
  }
  if (layer) {
    const tempC = layer.layer.stats.mean + deltaC;
    return {
      tempC,
      driver: driver('temperature_from_layer', {
        layerName: layer.layer.layerName,
        layerTempC: round1(layer.layer.stats.mean),
        deltaC,
        tempC: round1(tempC),
        scenarioId,
      }),
    };
  }
  if (altitude.altitudeM === null) return { tempC: null, driver: noData('temperature') };
  const nearest = nearestStation(inputs.centroid, params.stations);
  if (!nearest) return { tempC: null, driver: noData('station') };
  const { station, distanceM } = nearest;
  const tempC = station.meanTempC - (params.lapseRateCPerKm * (altitude.altitudeM - station.altitudeM)) / 1000 + deltaC;
  return {
    tempC,
    driver: driver('temperature_from_altitude', {
      altitudeM: Math.round(altitude.altitudeM),
      altitudeSource: altitude.altitudeSource ?? 'typed',
      stationName: station.name,
      stationAltitudeM: station.altitudeM,
      stationTempC: station.meanTempC,
      distanceKm: round1(distanceM / 1000),
      lapseRate: params.lapseRateCPerKm,
      deltaC,
      tempC: round1(tempC),
      scenarioId,
    }),
  };
}
