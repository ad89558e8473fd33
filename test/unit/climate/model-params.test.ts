import { describe, expect, it } from 'vitest';
import { climateModelParamsSchema, defaultClimateModelParams } from '../../../shared/climate/model-params.js';
import { modelSources, provenanceOf } from '../../../shared/climate/model-provenance.js';
import { defaultSettings, settingsPatchSchema, settingsSchema } from '../../../shared/domain/settings.js';

describe('climate model parameters (climate-model.json → settings.climateModel)', () => {
  it('reads the documented defaults', () => {
    const p = defaultClimateModelParams;
    expect(p.lapseRateCPerKm).toBe(6.5);
    expect(p.stations).toEqual([
      expect.objectContaining({
        name: 'Augusto Weberbauer (Cajamarca)',
        lon: -78.49,
        lat: -7.17,
        altitudeM: 2536,
        meanTempC: 14.8,
        rainfallMm: 700,
      }),
    ]);
    expect(Object.fromEntries(Object.entries(p.scenarios).map(([id, s]) => [id, s.deltaC]))).toEqual({
      baseline: 0,
      '2030': 0.8,
      '2050_moderate': 2,
      '2050_high': 2.6,
    });
    expect([p.thermal.optimumMinC, p.thermal.optimumMaxC]).toEqual([18, 22]);
    expect([p.rust.minC, p.rust.optimumC, p.rust.maxC]).toEqual([15, 22, 28.5]);
    expect([p.borer.minC, p.borer.maxC, p.borer.growthPerC]).toEqual([14.9, 32, 0.085]);
    expect(p.rust.varieties.Catimor).toBe('medium');
    expect(p.rust.varieties.Marsellesa).toBe('resistant');
  });

  it('gives every parameter a source that exists and a year or an explicit null', () => {
    const paths = [
      'lapseRateCPerKm',
      'stations',
      'scenarios',
      'thermal.optimumMinC',
      'thermal.levelCutoffsC',
      'rust.levelCutoffs',
      'rust.varieties',
      'rust.denseShadePct',
      'borer.growthPerC',
      'borer.levelCutoffsC',
      'frost.levelCutoffsC',
      'frost.frostAltitudeM',
      'drought.rainfallCutoffsMm',
      'drought.waterDeficitCutoffsMm',
      'landslide.slopeCutoffsPct',
      'layerRules.vectorHazards',
    ];
    for (const path of paths) {
      const provenance = provenanceOf(path);
      expect(provenance?.sources.length, path).toBeGreaterThan(0);
    }
    expect(provenanceOf('thermal.levelCutoffsC')?.sources.map((s) => s.id)).toEqual(['cafetal']);
    expect(modelSources.find((s) => s.id === 'cordova2016')?.year).toBe(2016);
  });

  it('rejects thresholds out of order and a missing scenario', () => {
    const bad = structuredClone(defaultClimateModelParams);
    bad.landslide.slopeCutoffsPct = { medio: 30, alto: 15, muy_alto: 60 };
    expect(climateModelParamsSchema.safeParse(bad).success).toBe(false);
    const noScenario = structuredClone(defaultClimateModelParams) as unknown as { scenarios: Record<string, unknown> };
    delete noScenario.scenarios['2050_high'];
    expect(climateModelParamsSchema.safeParse(noScenario).success).toBe(false);
  });

  it('is a setting with its default, and a patch may change it', () => {
    expect(settingsSchema.parse(defaultSettings).climateModel).toEqual(defaultClimateModelParams);
    const changed = { ...defaultClimateModelParams, lapseRateCPerKm: 6.9 };
    expect(settingsPatchSchema.parse({ climateModel: changed }).climateModel?.lapseRateCPerKm).toBe(6.9);
  });
});
