import { describe, expect, it } from 'vitest';
import { demoHazardLayers } from '../../../electron/core/demo/demo-hazard-layers.js';
import { demoAltitudeM, demoSlopePct } from '../../../electron/core/demo/demo-terrain.js';
import { defaultClimateModelParams } from '../../../shared/climate/model-params.js';
import type { HazardLevel } from '../../../shared/domain/hazard.js';

const CELL_DEG = 0.004;

/**
 * The thermal level by hand, from climate-model.json's defaults: the lapse-rate
 * temperature from the Weberbauer station (14.8 °C at 2,536 msnm, 6.5 °C/km)
 * plus the scenario's warming, then the degrees outside 18–22 °C against the
 * cutoffs 0.5 / 1.5 / 3 °C.
 */
function thermalByHand(altitudeM: number, deltaC: number): HazardLevel {
  const tempC = 14.8 - (6.5 * (altitudeM - 2536)) / 1000 + deltaC;
  const outsideC = Math.max(0, tempC - 22, 18 - tempC);
  return outsideC >= 3 ? 'muy_alto' : outsideC >= 1.5 ? 'alto' : outsideC >= 0.5 ? 'medio' : 'bajo';
}

/** Slope classes 15 / 30 / 60 % (climate-model.json `landslide.slopeCutoffsPct`). */
const slopeByHand = (slopePct: number): HazardLevel =>
  slopePct >= 60 ? 'muy_alto' : slopePct >= 30 ? 'alto' : slopePct >= 15 ? 'medio' : 'bajo';

/** The centres of the grid cells a merged rectangle covers. */
function cellCentres(ring: number[][]): [number, number][] {
  const xs = ring.map((p) => p[0] as number);
  const ys = ring.map((p) => p[1] as number);
  const west = Math.min(...xs);
  const south = Math.min(...ys);
  const columns = Math.round((Math.max(...xs) - west) / CELL_DEG);
  const centres: [number, number][] = [];
  for (let c = 0; c < columns; c += 1) centres.push([west + (c + 0.5) * CELL_DEG, south + CELL_DEG / 2]);
  return centres;
}

describe('demo hazard layers derived from the built-in model', () => {
  const layers = demoHazardLayers(defaultClimateModelParams);

  it('classify every cell as the model does, by the lapse rate and the slope classes', () => {
    const [baseline, future, landslide] = layers;
    const cases = [
      { layer: baseline, expected: (lon: number, lat: number) => thermalByHand(demoAltitudeM(lon, lat), 0) },
      { layer: future, expected: (lon: number, lat: number) => thermalByHand(demoAltitudeM(lon, lat), 2.0) },
      { layer: landslide, expected: (lon: number, lat: number) => slopeByHand(demoSlopePct(lon, lat)) },
    ];
    for (const { layer, expected } of cases) {
      let cells = 0;
      for (const feature of layer?.geojson.features ?? []) {
        for (const [lon, lat] of cellCentres(feature.geometry.coordinates[0] as number[][])) {
          expect(feature.properties.nivel).toBe(expected(lon, lat));
          cells += 1;
        }
      }
      // Five sectors of 20 × 20 cells.
      expect(cells).toBe(2000);
    }
  });

  it('shows the upslope shift: warming by 2050 leaves fewer cells without thermal risk', () => {
    const bajo = (index: number) =>
      (layers[index]?.geojson.features ?? [])
        .filter((f) => f.properties.nivel === 'bajo')
        .reduce((sum, f) => sum + cellCentres(f.geometry.coordinates[0] as number[][]).length, 0);
    expect(bajo(1)).toBeLessThan(bajo(0));
  });

  it('has a relief whose slope is the gradient of its altitude', () => {
    // Central differences over ±1 m: the analytic slope must match to 0.1 %.
    const [lon, lat] = [-78.9, -5.3];
    const dLon = 1 / (111_320 * Math.cos((5.4 * Math.PI) / 180));
    const dLat = 1 / 110_570;
    const dzdx = (demoAltitudeM(lon + dLon, lat) - demoAltitudeM(lon - dLon, lat)) / 2;
    const dzdy = (demoAltitudeM(lon, lat + dLat) - demoAltitudeM(lon, lat - dLat)) / 2;
    expect(demoSlopePct(lon, lat)).toBeCloseTo(Math.hypot(dzdx, dzdy) * 100, 1);
  });
});
