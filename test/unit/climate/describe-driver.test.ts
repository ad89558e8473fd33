import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { assessAllScenarios } from '../../../shared/climate/assess-plot.js';
import { describeDriver } from '../../../shared/climate/describe-driver.js';
import type { Translate } from '../../../shared/climate/describe-driver.js';
import { driverCodes, noDataReasons } from '../../../shared/climate/driver-codes.js';
import { defaultClimateModelParams, rustSusceptibilities } from '../../../shared/climate/model-params.js';
import { hazardLevels, modelHazards, scenarioIds } from '../../../shared/domain/hazard.js';
import { catalogueKeys, catalogues } from '../../../shared/i18n/index.js';
import { plot, raster, vector } from './plot-inputs.js';

async function translator(lng: 'es-PE' | 'en'): Promise<Translate> {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    resources: { [lng]: { translation: catalogues[lng] } },
    interpolation: { escapeValue: false },
  });
  return (key, params) => instance.t(key, params ?? {});
}

describe('driver translations', () => {
  it('has a sentence for every driver code and every named code in both catalogues', () => {
    const required = [
      ...driverCodes.map((code) => `risk.drivers.${code}`),
      ...scenarioIds.map((id) => `risk.scenarios.${id}`),
      ...hazardLevels.map((level) => `risk.levels.${level}`),
      ...modelHazards.map((hazard) => `risk.hazards.${hazard}`),
      ...noDataReasons.map((reason) => `risk.noData.${reason}`),
      ...rustSusceptibilities.map((s) => `risk.susceptibility.${s}`),
      ...['dry', 'moderate', 'wet'].map((w) => `risk.wetness.${w}`),
      ...['typed', 'gps', 'dem'].map((s) => `risk.altitudeSources.${s}`),
    ];
    for (const locale of ['es-PE', 'en'] as const) {
      const keys = new Set(catalogueKeys(catalogues[locale]));
      expect(
        required.filter((key) => !keys.has(key)),
        locale,
      ).toEqual([]);
    }
  });

  it('leaves no placeholder unfilled for any driver the model emits', async () => {
    const inputs = [
      plot(),
      plot({ altitudeM: 2900, variety: 'Mundo Novo', shadePct: 60 }),
      plot({ altitudeM: null, altitudeSource: null, variety: '' }),
      plot({
        shadePct: 20,
        rasters: [
          raster('elevation', 1500, { slopePct: 33 }),
          raster('temperature', 21),
          raster('temperature', 23, { scenarioId: '2050_high' }),
          raster('rainfall', 1000),
          raster('humidity', 80),
          raster('water_deficit', 150),
        ],
        vectors: [vector('landslide', { alto: 0.4 }, 'alto')],
      }),
    ];
    const emitted = new Set<string>();
    for (const lng of ['es-PE', 'en'] as const) {
      const t = await translator(lng);
      for (const input of inputs) {
        for (const assessment of assessAllScenarios(input, defaultClimateModelParams)) {
          for (const result of assessment.results) {
            for (const driver of result.drivers) {
              emitted.add(driver.code);
              const text = describeDriver(t, driver);
              expect(text, `${lng} ${driver.code}`).not.toMatch(/\{\{|risk\.|undefined|NaN/);
            }
          }
        }
      }
    }
    expect(emitted.size).toBeGreaterThan(20);
  });

  it('writes the 2050 moderate sentences for 1,350 m in Spanish and English', async () => {
    const moderate = assessAllScenarios(plot(), defaultClimateModelParams)[2]!;
    const thermal = moderate.results.find((r) => r.hazard === 'thermal')!;
    const borer = moderate.results.find((r) => r.hazard === 'borer')!;
    const es = await translator('es-PE');
    const en = await translator('en');
    const [source, above, change] = thermal.drivers;
    expect(describeDriver(es, source!)).toBe(
      'Altitud 1,350 msnm (escrita); estación Augusto Weberbauer (Cajamarca): 2,536 msnm, 14.8 °C, a 7.8 km; gradiente 6.5 °C/km; +2.0 °C en 2050 moderado → 24.5 °C',
    );
    expect(describeDriver(en, source!)).toBe(
      'Altitude 1,350 m (typed); station Augusto Weberbauer (Cajamarca): 2,536 m, 14.8 °C, 7.8 km away; lapse rate 6.5 °C/km; +2.0 °C in 2050 moderate → 24.5 °C',
    );
    expect(describeDriver(es, above!)).toBe(
      '24.5 °C: por encima del óptimo 18–22 °C por 2.5 °C → Alto (Medio desde 0.5 °C fuera del óptimo, Alto desde 1.5, Muy alto desde 3)',
    );
    expect(describeDriver(es, change!)).toBe('+2.0 °C frente a la línea base (22.5 °C) en 2050 moderado');
    expect(describeDriver(en, change!)).toBe('+2.0 °C compared with the baseline (22.5 °C) in 2050 moderate');
    const growth = borer.drivers.find((d) => d.code === 'borer_growth')!;
    expect(describeDriver(es, growth)).toBe(
      '+17.7 % de crecimiento de la broca frente a la línea base (+2.0 °C; 8.5 % por cada °C)',
    );
  });

  it('says why there is no level', async () => {
    const es = await translator('es-PE');
    expect(describeDriver(es, { code: 'no_data', params: { reason: 'drought' } })).toBe(
      'Sin datos: agregue una capa ráster de lluvia o de déficit hídrico, o un mapa vectorial de sequía.',
    );
  });
});
