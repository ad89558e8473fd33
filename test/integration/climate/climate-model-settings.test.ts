import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/create-core.js';
import { defaultClimateModelParams } from '../../../shared/climate/model-params.js';
import { ok, tempCore } from '../../helpers/core.js';

let core: Core | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

describe('settings.climateModel through the core', () => {
  it('starts with the defaults from climate-model.json', async () => {
    core = await tempCore();
    expect((await ok(core, 'settings.get', {})).climateModel).toEqual(defaultClimateModelParams);
  });

  it('stores a changed model and rejects thresholds out of order', async () => {
    core = await tempCore();
    const changed = {
      ...defaultClimateModelParams,
      lapseRateCPerKm: 6.9,
      scenarios: { ...defaultClimateModelParams.scenarios, '2030': { deltaC: 1.1, source: 'SENAMHI distrito Jaén' } },
    };
    const saved = await ok(core, 'settings.update', { climateModel: changed });
    expect(saved.climateModel.lapseRateCPerKm).toBe(6.9);
    expect((await ok(core, 'settings.get', {})).climateModel.scenarios['2030']).toEqual({
      deltaC: 1.1,
      source: 'SENAMHI distrito Jaén',
    });
    const bad = { ...changed, landslide: { slopeCutoffsPct: { medio: 60, alto: 30, muy_alto: 15 } } };
    const rejected = await core.call('settings.update', { climateModel: bad });
    expect(rejected.ok).toBe(false);
    expect((await ok(core, 'settings.get', {})).climateModel.lapseRateCPerKm).toBe(6.9);
  });
});
