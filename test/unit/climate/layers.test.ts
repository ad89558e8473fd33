import { describe, expect, it } from 'vitest';
import { assessAllScenarios, assessPlot } from '../../../shared/climate/assess-plot.js';
import { defaultClimateModelParams } from '../../../shared/climate/model-params.js';
import { driverParams, levelOf, plot, raster, result, vector } from './plot-inputs.js';

const params = defaultClimateModelParams;

describe('drought: only with a rainfall or water-deficit layer or a drought map', () => {
  it('has no level without one, and names the layers that would give one', () => {
    const none = assessPlot(plot(), 'baseline', params);
    expect(result(none, 'drought')).toEqual({
      hazard: 'drought',
      level: null,
      drivers: [{ code: 'no_data', params: { reason: 'drought' } }],
    });
  });

  it('rates rainfall below 1,200 / 1,000 / 800 mm as Medio / Alto / Muy alto', () => {
    const at = (mm: number) =>
      levelOf(assessPlot(plot({ rasters: [raster('rainfall', mm)] }), 'baseline', params), 'drought');
    expect([at(1500), at(1100), at(950), at(700)]).toEqual(['bajo', 'medio', 'alto', 'muy_alto']);
  });

  it('takes the higher of rainfall (1,100 mm: Medio) and water deficit (320 mm: Muy alto)', () => {
    const both = assessPlot(
      plot({ rasters: [raster('rainfall', 1100), raster('water_deficit', 320)] }),
      'baseline',
      params,
    );
    expect(levelOf(both, 'drought')).toBe('muy_alto');
    expect(driverParams(both, 'drought', 'drought_water_deficit')).toMatchObject({ deficitMm: 320, level: 'muy_alto' });
  });

  it('uses a drought vector map alone', () => {
    const map = assessPlot(plot({ vectors: [vector('drought', { medio: 0.8 }, 'medio')] }), 'baseline', params);
    expect(levelOf(map, 'drought')).toBe('medio');
  });

  it('uses a scenario rainfall layer only for its scenario', () => {
    const rasters = [raster('rainfall', 1500), raster('rainfall', 900, { scenarioId: '2050_high' })];
    const all = assessAllScenarios(plot({ rasters }), params);
    expect(all.map((a) => levelOf(a, 'drought'))).toEqual(['bajo', 'bajo', 'bajo', 'alto']);
  });
});

describe('landslide and erosion: DEM slope classes and susceptibility maps, the higher of the two', () => {
  it('has no level without a DEM or a map', () => {
    const none = assessPlot(plot(), 'baseline', params);
    expect(levelOf(none, 'landslide')).toBeNull();
    expect(result(none, 'landslide').drivers).toEqual([{ code: 'no_data', params: { reason: 'landslide' } }]);
  });

  it('classes the DEM mean slope: 10 % Bajo, 20 % Medio, 42 % Alto, 65 % Muy alto', () => {
    const at = (slopePct: number) =>
      levelOf(
        assessPlot(plot({ rasters: [raster('elevation', 1500, { slopePct, name: 'DEM' })] }), 'baseline', params),
        'landslide',
      );
    expect([at(10), at(20), at(42), at(65)]).toEqual(['bajo', 'medio', 'alto', 'muy_alto']);
    const steep = assessPlot(
      plot({ rasters: [raster('elevation', 1500, { slopePct: 42.37, name: 'DEM' })] }),
      'baseline',
      params,
    );
    expect(driverParams(steep, 'landslide', 'landslide_slope')).toEqual({
      layerName: 'DEM',
      slopePct: 42.4,
      level: 'alto',
      medio: 15,
      alto: 30,
      muyAlto: 60,
    });
  });

  it('takes the highest susceptibility class touched and reports its share of the plot', () => {
    const vectors = [vector('landslide', { medio: 0.6, muy_alto: 0.12 }, 'muy_alto')];
    const rasters = [raster('elevation', 1500, { slopePct: 20 })];
    const both = assessPlot(plot({ rasters, vectors }), 'baseline', params);
    expect(levelOf(both, 'landslide')).toBe('muy_alto');
    expect(driverParams(both, 'landslide', 'layer_class')).toEqual({
      layerName: 'landslide map',
      level: 'muy_alto',
      sharePct: 12,
    });
    expect(driverParams(both, 'landslide', 'landslide_slope')).toMatchObject({ slopePct: 20, level: 'medio' });
  });

  it('counts erosion maps for landslide and ignores flood maps', () => {
    const erosion = assessPlot(plot({ vectors: [vector('erosion', { alto: 1 }, 'alto')] }), 'baseline', params);
    expect(levelOf(erosion, 'landslide')).toBe('alto');
    const flood = assessPlot(plot({ vectors: [vector('flood', { muy_alto: 1 }, 'muy_alto')] }), 'baseline', params);
    expect(flood.results.map((r) => r.level)).toEqual(
      assessPlot(plot(), 'baseline', params).results.map((r) => r.level),
    );
  });
});

describe('vector maps raise the model hazard they feed', () => {
  it('raises frost and rust, never lowers them', () => {
    const frostMap = assessPlot(plot({ vectors: [vector('frost', { alto: 0.3 }, 'alto')] }), 'baseline', params);
    expect(levelOf(frostMap, 'frost')).toBe('alto'); // the model alone says Bajo at 1,350 m
    const rustMap = assessPlot(plot({ vectors: [vector('rust', { bajo: 1 }, 'bajo')] }), 'baseline', params);
    expect(levelOf(rustMap, 'rust')).toBe('muy_alto'); // the model's Muy alto stays
  });

  it('counts a scenario map only for its scenario', () => {
    const vectors = [vector('frost', { muy_alto: 0.5 }, 'muy_alto', '2030')];
    const all = assessAllScenarios(plot({ vectors }), params);
    expect(all.map((a) => levelOf(a, 'frost'))).toEqual(['bajo', 'muy_alto', 'bajo', 'bajo']);
  });
});
