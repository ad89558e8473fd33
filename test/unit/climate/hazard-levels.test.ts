import { describe, expect, it } from 'vitest';
import { assessAllScenarios, assessPlot } from '../../../shared/climate/assess-plot.js';
import { defaultClimateModelParams } from '../../../shared/climate/model-params.js';
import { driverParams, levelOf, plot, raster, result } from './plot-inputs.js';

const params = defaultClimateModelParams;
const levels = (altitudeM: number, variety = 'Caturra', hazard: Parameters<typeof levelOf>[1] = 'thermal') =>
  assessAllScenarios(plot({ altitudeM, variety }), params).map((a) => levelOf(a, hazard));

describe('thermal suitability (optimum 18–22 °C; Medio from 0.5 °C outside, Alto 1.5, Muy alto 3)', () => {
  it('rates 1,350 m by scenario: 22.509 → 23.309 → 24.509 → 25.109 °C', () => {
    // Outside by 0.509, 1.309, 2.509, 3.109 °C.
    expect(levels(1350)).toEqual(['medio', 'medio', 'alto', 'muy_alto']);
  });

  it('is Bajo inside the optimum and rates the cold side too', () => {
    // 1,800 m: 14.8 + 6.5·0.736 = 19.584 °C; 2,900 m: 14.8 − 6.5·0.364 = 12.434 °C (5.566 below).
    expect(levels(1800)[0]).toBe('bajo');
    expect(levels(2900)[0]).toBe('muy_alto');
  });

  it('says by how much and what changed against the baseline', () => {
    const moderate = assessPlot(plot(), '2050_moderate', params);
    expect(driverParams(moderate, 'thermal', 'thermal_above_optimum')).toMatchObject({
      tempC: 24.5,
      optimumMinC: 18,
      optimumMaxC: 22,
      byC: 2.5,
      level: 'alto',
    });
    expect(driverParams(moderate, 'thermal', 'thermal_change')).toEqual({
      changeC: 2,
      baselineTempC: 22.5,
      scenarioId: '2050_moderate',
    });
    const cold = assessPlot(plot({ altitudeM: 2900 }), 'baseline', params);
    expect(driverParams(cold, 'thermal', 'thermal_below_optimum')).toMatchObject({ tempC: 12.4, byC: 5.6 });
    expect(result(cold, 'thermal').drivers.some((d) => d.code === 'thermal_change')).toBe(false);
  });
});

describe('rust (score: temperature 0–4 + variety 0–3 + wetness 0–2 + dense shade 1; Medio 3, Alto 5, Muy alto 7)', () => {
  it('scores Caturra at 1,350 m: 4·(28.5 − 22.509)/6.5 + 3 + 1 (assumed wetness) = 7.687 → Muy alto', () => {
    const baseline = assessPlot(plot(), 'baseline', params);
    expect(levelOf(baseline, 'rust')).toBe('muy_alto');
    expect(driverParams(baseline, 'rust', 'rust_temperature')).toMatchObject({
      tempC: 22.5,
      points: 3.7,
      maxPoints: 4,
    });
    expect(driverParams(baseline, 'rust', 'rust_variety')).toEqual({
      variety: 'Caturra',
      susceptibility: 'susceptible',
      points: 3,
    });
    expect(driverParams(baseline, 'rust', 'rust_wetness_assumed')).toEqual({ points: 1 });
    expect(driverParams(baseline, 'rust', 'rust_score')).toMatchObject({ score: 7.7, maxScore: 10, level: 'muy_alto' });
  });

  it('falls at 1,350 m as it warms past 22 °C: 7.687, 7.194, 6.456, 6.087', () => {
    expect(levels(1350, 'Caturra', 'rust')).toEqual(['muy_alto', 'muy_alto', 'alto', 'alto']);
  });

  it('rises at 1,800 m as it warms toward 22 °C: 4·4.584/7 + 4 = 6.619 → 4·5.384/7 + 4 = 7.077 (2030)', () => {
    // 2050: 4·6.584/7 + 4 = 7.762 and 4·(28.5 − 22.184)/6.5 + 4 = 7.887.
    expect(levels(1800, 'Caturra', 'rust')).toEqual(['alto', 'muy_alto', 'muy_alto', 'muy_alto']);
  });

  it('rates a resistant variety lower: Marsellesa 4.687 (Medio), Catimor 6.187 (Alto) at 1,350 m', () => {
    expect(levelOf(assessPlot(plot({ variety: 'Marsellesa' }), 'baseline', params), 'rust')).toBe('medio');
    expect(levelOf(assessPlot(plot({ variety: 'Catimor' }), 'baseline', params), 'rust')).toBe('alto');
  });

  it('matches names without accents or case, and the most susceptible of several', () => {
    const catuai = assessPlot(plot({ variety: 'catuai rojo' }), 'baseline', params);
    expect(driverParams(catuai, 'rust', 'rust_variety')).toMatchObject({ susceptibility: 'susceptible' });
    const mixed = assessPlot(plot({ variety: 'Marsellesa, Catimor' }), 'baseline', params);
    expect(driverParams(mixed, 'rust', 'rust_variety')).toMatchObject({ susceptibility: 'medium', points: 1.5 });
  });

  it('treats an unknown or missing variety as susceptible and says so', () => {
    const unknown = assessPlot(plot({ variety: 'Mundo Novo' }), 'baseline', params);
    expect(driverParams(unknown, 'rust', 'rust_variety_unknown')).toEqual({ variety: 'Mundo Novo', points: 3 });
    expect(levelOf(unknown, 'rust')).toBe('muy_alto');
    const missing = assessPlot(plot({ variety: '' }), 'baseline', params);
    expect(driverParams(missing, 'rust', 'rust_variety_missing')).toEqual({ points: 3 });
  });

  it('adds a point for dense shade (≥ 50 %): Marsellesa 4.687 + 1 = 5.687 → Alto', () => {
    const shaded = assessPlot(plot({ variety: 'Marsellesa', shadePct: 60 }), 'baseline', params);
    expect(levelOf(shaded, 'rust')).toBe('alto');
    expect(driverParams(shaded, 'rust', 'rust_shade_dense')).toEqual({ shadePct: 60, thresholdPct: 50, points: 1 });
    const light = assessPlot(plot({ variety: 'Marsellesa', shadePct: 30 }), 'baseline', params);
    expect(levelOf(light, 'rust')).toBe('medio');
  });

  it('uses rainfall and humidity layers instead of the assumed wetness (the wetter counts)', () => {
    // Marsellesa at 1,350 m: 3.687 + 0 + wetness. Dry (900 mm) → 3.687 Medio; wet (1,950 mm) → 5.687 Alto.
    const dry = assessPlot(plot({ variety: 'Marsellesa', rasters: [raster('rainfall', 900)] }), 'baseline', params);
    expect(levelOf(dry, 'rust')).toBe('medio');
    expect(driverParams(dry, 'rust', 'rust_rainfall')).toMatchObject({ rainfallMm: 900, wetness: 'dry', points: 0 });
    const wet = assessPlot(plot({ variety: 'Marsellesa', rasters: [raster('rainfall', 1950)] }), 'baseline', params);
    expect(levelOf(wet, 'rust')).toBe('alto');
    const both = assessPlot(
      plot({ variety: 'Marsellesa', rasters: [raster('rainfall', 900), raster('humidity', 88)] }),
      'baseline',
      params,
    );
    expect(driverParams(both, 'rust', 'rust_humidity')).toMatchObject({ humidityPct: 88, wetness: 'wet', points: 2 });
    expect(driverParams(both, 'rust', 'rust_score')).toMatchObject({ score: 5.7, level: 'alto' });
  });

  it('is Bajo-scored for temperature outside 15–28.5 °C: 2,900 m (12.4 °C) Caturra = 0 + 3 + 1 = 4 → Medio', () => {
    const cold = assessPlot(plot({ altitudeM: 2900 }), 'baseline', params);
    expect(driverParams(cold, 'rust', 'rust_temperature')).toMatchObject({ points: 0 });
    expect(levelOf(cold, 'rust')).toBe('medio');
  });
});

describe('berry borer (Medio from 20 °C, Alto from 21 °C, Muy alto from 23 °C; limits 14.9–32 °C)', () => {
  it('rates by scenario at 1,350 m and 1,800 m', () => {
    expect(levels(1350, 'Caturra', 'borer')).toEqual(['alto', 'muy_alto', 'muy_alto', 'muy_alto']);
    // 1,800 m: 19.584, 20.384, 21.584, 22.184 °C.
    expect(levels(1800, 'Caturra', 'borer')).toEqual(['bajo', 'medio', 'alto', 'alto']);
  });

  it('gives the growth against the baseline: 1.085^2 − 1 = 17.7 %, 1.085^2.6 − 1 = 23.6 %, 1.085^0.8 − 1 = 6.7 %', () => {
    const [, in2030, moderate, high] = assessAllScenarios(plot(), params);
    expect(driverParams(moderate!, 'borer', 'borer_growth')).toEqual({
      growthPct: 17.7,
      changeC: 2,
      ratePct: 8.5,
      scenarioId: '2050_moderate',
    });
    expect(driverParams(high!, 'borer', 'borer_growth').growthPct).toBe(23.6);
    expect(driverParams(in2030!, 'borer', 'borer_growth').growthPct).toBe(6.7);
  });

  it('is Bajo below 14.9 °C, where the borer does not develop', () => {
    const cold = assessPlot(plot({ altitudeM: 2900 }), 'baseline', params);
    expect(levelOf(cold, 'borer')).toBe('bajo');
    expect(driverParams(cold, 'borer', 'borer_outside_limits')).toMatchObject({ tempC: 12.4, minC: 14.9, maxC: 32 });
    const warmer = assessPlot(plot({ altitudeM: 2900 }), '2050_moderate', params);
    expect(result(warmer, 'borer').drivers.map((d) => d.code)).toEqual(['borer_outside_limits']);
  });
});

describe('frost (Medio below 17 °C, Alto below 15, Muy alto below 13; at least Alto above 2,800 m)', () => {
  it('is Bajo in the coffee belt', () => {
    expect(levels(1350, 'Caturra', 'frost')).toEqual(['bajo', 'bajo', 'bajo', 'bajo']);
  });

  it('falls with warming at 2,600 m: 14.384 °C (Alto) → 15.184 (Medio) → 16.384 (Medio) → 16.984 (Medio)', () => {
    expect(levels(2600, 'Caturra', 'frost')).toEqual(['alto', 'medio', 'medio', 'medio']);
  });

  it('stays at least Alto above 2,800 m: 2,900 m 12.434 °C (Muy alto) → 15.034 °C in 2050 high (Medio → Alto)', () => {
    expect(levels(2900, 'Caturra', 'frost')).toEqual(['muy_alto', 'alto', 'alto', 'alto']);
    const high = assessPlot(plot({ altitudeM: 2900 }), '2050_high', params);
    expect(driverParams(high, 'frost', 'frost_altitude')).toEqual({ altitudeM: 2900, thresholdM: 2800, level: 'alto' });
    expect(driverParams(high, 'frost', 'frost_temperature')).toMatchObject({ tempC: 15, level: 'medio' });
  });
});
