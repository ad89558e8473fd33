import { describe, expect, it } from 'vitest';
import { assessAllScenarios, assessPlot } from '../../../shared/climate/assess-plot.js';
import { defaultClimateModelParams } from '../../../shared/climate/model-params.js';
import type { ClimateModelParams } from '../../../shared/climate/model-params.js';
import { scenarioIds } from '../../../shared/domain/hazard.js';
import { driverParams, plot, raster } from './plot-inputs.js';

const params = defaultClimateModelParams;

describe('plot temperature (lapse rate from the nearest station, or a temperature layer)', () => {
  it('uses T = T_ref − Γ·(z − z_ref)/1000 + Δ with the Weberbauer defaults', () => {
    // 14.8 − 6.5·(1350 − 2536)/1000 = 22.509 °C; +0.8, +2.0, +2.6 for the scenarios.
    const [baseline, in2030, moderate, high] = assessAllScenarios(plot(), params);
    expect(baseline?.temperatureC).toBeCloseTo(22.509, 9);
    expect(in2030?.temperatureC).toBeCloseTo(23.309, 9);
    expect(moderate?.temperatureC).toBeCloseTo(24.509, 9);
    expect(high?.temperatureC).toBeCloseTo(25.109, 9);
  });

  it('returns one assessment per scenario in scenarioIds order, each with six hazards', () => {
    const all = assessAllScenarios(plot(), params);
    expect(all.map((a) => a.scenarioId)).toEqual([...scenarioIds]);
    expect(all[0]?.results.map((r) => r.hazard)).toEqual(['thermal', 'rust', 'borer', 'frost', 'drought', 'landslide']);
  });

  it('says where the temperature came from, rounded to one decimal', () => {
    const moderate = assessPlot(plot(), '2050_moderate', params);
    const p = driverParams(moderate, 'thermal', 'temperature_from_altitude');
    expect(p).toMatchObject({
      altitudeM: 1350,
      altitudeSource: 'typed',
      stationName: 'Augusto Weberbauer (Cajamarca)',
      stationAltitudeM: 2536,
      stationTempC: 14.8,
      lapseRate: 6.5,
      deltaC: 2,
      tempC: 24.5,
      scenarioId: '2050_moderate',
    });
    // (−78.5, −7.1) to (−78.49, −7.17): ≈ 7.8 km on WGS84.
    expect(p.distanceKm).toBeCloseTo(7.8, 0);
  });

  it('follows the lapse rate the organisation set (6.9 °C/km measured in the Andes)', () => {
    const andes: ClimateModelParams = { ...params, lapseRateCPerKm: 6.9 };
    // 14.8 − 6.9·(1350 − 2536)/1000 = 14.8 + 8.1834 = 22.9834 °C.
    expect(assessPlot(plot(), 'baseline', andes).temperatureC).toBeCloseTo(22.9834, 9);
  });

  it('picks the nearest reference station by geodesic distance', () => {
    const jaen = {
      id: 'jaen-test',
      name: 'Jaén (test)',
      lon: -78.81,
      lat: -5.71,
      altitudeM: 740,
      meanTempC: 25.6,
      rainfallMm: null,
      source: 'test',
    };
    const two: ClimateModelParams = { ...params, stations: [...params.stations, jaen] };
    const nearJaen = assessPlot(plot({ centroid: [-78.75, -5.75], altitudeM: 1200 }), 'baseline', two);
    // 25.6 − 6.5·(1200 − 740)/1000 = 25.6 − 2.99 = 22.61 °C.
    expect(nearJaen.temperatureC).toBeCloseTo(22.61, 9);
    expect(driverParams(nearJaen, 'thermal', 'temperature_from_altitude').stationName).toBe('Jaén (test)');
    const nearCajamarca = assessPlot(plot({ altitudeM: 1200 }), 'baseline', two);
    // 14.8 − 6.5·(1200 − 2536)/1000 = 14.8 + 8.684 = 23.484 °C.
    expect(nearCajamarca.temperatureC).toBeCloseTo(23.484, 9);
  });

  it('takes the altitude from a DEM layer when the plot has none', () => {
    const fromDem = assessPlot(
      plot({ altitudeM: null, altitudeSource: null, rasters: [raster('elevation', 1500)] }),
      'baseline',
      params,
    );
    expect(fromDem.altitudeM).toBe(1500);
    expect(fromDem.altitudeSource).toBe('dem');
    // 14.8 − 6.5·(1500 − 2536)/1000 = 14.8 + 6.734 = 21.534 °C.
    expect(fromDem.temperatureC).toBeCloseTo(21.534, 9);
  });

  it('keeps the typed altitude over a DEM layer', () => {
    const typed = assessPlot(plot({ rasters: [raster('elevation', 1500, { slopePct: 20 })] }), 'baseline', params);
    expect(typed.altitudeM).toBe(1350);
    expect(typed.altitudeSource).toBe('typed');
  });

  it('uses a present-day temperature layer plus Δ, and a scenario layer as it is', () => {
    const rasters = [raster('temperature', 20), raster('temperature', 23.1, { scenarioId: '2050_moderate' })];
    const [baseline, , moderate, high] = assessAllScenarios(plot({ rasters }), params);
    expect(baseline?.temperatureC).toBe(20);
    expect(moderate?.temperatureC).toBe(23.1);
    expect(high?.temperatureC).toBeCloseTo(22.6, 9);
    expect(driverParams(moderate!, 'thermal', 'temperature_from_scenario_layer')).toMatchObject({ tempC: 23.1 });
    expect(driverParams(high!, 'thermal', 'temperature_from_layer')).toMatchObject({
      layerTempC: 20,
      deltaC: 2.6,
      tempC: 22.6,
    });
  });

  it('ignores a layer made for another scenario', () => {
    const only2030 = [raster('temperature', 30, { scenarioId: '2030' })];
    expect(assessPlot(plot({ rasters: only2030 }), 'baseline', params).temperatureC).toBeCloseTo(22.509, 9);
    expect(assessPlot(plot({ rasters: only2030 }), '2030', params).temperatureC).toBe(30);
  });

  it('has no temperature without altitude or a layer, and says what would give one', () => {
    const none = assessPlot(plot({ altitudeM: null, altitudeSource: null }), 'baseline', params);
    expect(none.temperatureC).toBeNull();
    for (const hazard of ['thermal', 'rust', 'borer', 'frost'] as const) {
      const r = none.results.find((x) => x.hazard === hazard);
      expect(r?.level).toBeNull();
      expect(r?.drivers).toContainEqual({ code: 'no_data', params: { reason: 'temperature' } });
    }
  });
});
