import { describe, expect, it } from 'vitest';
import { mapHashParams } from '../../../renderer/features/map/map-hash-params.js';

describe('mapHashParams view', () => {
  it('reads lon,lat,zoom', () => {
    expect(mapHashParams('#/mapa?view=-78.8083,-5.7083,9').view).toEqual({ lon: -78.8083, lat: -5.7083, zoom: 9 });
    expect(mapHashParams('#/mapa?view=-75,-9.5,5&plot=nope').view).toEqual({ lon: -75, lat: -9.5, zoom: 5 });
  });

  it('ignores a malformed or out-of-range view', () => {
    for (const bad of ['-78,-5', '-78,-5,9,1', 'a,b,c', '-78,,9', '-181,-5,9', '-78,-86,9', '-78,-5,23', '-78,-5,-1']) {
      expect(mapHashParams(`#/mapa?view=${bad}`).view, bad).toBeNull();
    }
    expect(mapHashParams('#/mapa').view).toBeNull();
  });
});
