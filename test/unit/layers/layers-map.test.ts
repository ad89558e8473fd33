import { describe, expect, it } from 'vitest';
import type { PlotFeatureProperties } from '../../../shared/api/plots.js';
import type { HazardLevel } from '../../../shared/domain/hazard.js';
import { formatLayerValue } from '../../../renderer/features/layers/format-layer-value.js';
import { cornersOfBounds, polygonsBbox } from '../../../renderer/features/layers/hazard-map-layers.js';
import { defaultRamp, defaultUnit, guessHazard } from '../../../renderer/features/layers/layer-defaults.js';
import { LEVEL_COLOURS, NO_LEVEL_COLOUR, hatchImage } from '../../../renderer/features/layers/level-colours.js';
import { riskColouring } from '../../../renderer/features/layers/risk-plot-colouring.js';
import type { PlotIndexEntry } from '../../../renderer/features/plots/plot-index.js';

/** CIE L* of an sRGB colour (D65): the lightness a greyscale print keeps. */
function lightness(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const y = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

const entry = (id: string): PlotIndexEntry => ({
  properties: { id } as PlotFeatureProperties,
  bbox: [0, 0, 0, 0],
  anchor: [0, 0],
});

describe('hazard level palette', () => {
  it('gets darker level by level, at least 15 L* apart, so greyscale keeps the order', () => {
    const values = (['bajo', 'medio', 'alto', 'muy_alto'] as const).map((level) => lightness(LEVEL_COLOURS[level]));
    // Hand-computed from the hex values: 88.3, 72.2, 55.0, 36.4.
    expect(values.map((v) => Math.round(v * 10) / 10)).toEqual([88.3, 72.2, 55, 36.4]);
    for (let i = 1; i < values.length; i += 1) {
      expect((values[i - 1] as number) - (values[i] as number)).toBeGreaterThan(15);
    }
  });

  it('hatches with one continuous "/" line per 8 px tile', () => {
    const tile = hatchImage();
    const inked: [number, number][] = [];
    for (let y = 0; y < 8; y += 1) {
      for (let x = 0; x < 8; x += 1) if ((tile.data[(y * 8 + x) * 4 + 3] ?? 0) > 0) inked.push([x, y]);
    }
    expect(inked).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((y) => [7 - y, y]));
  });
});

describe('riskColouring', () => {
  it('counts plots per level, greys the ones without results, and matches ids in four branches at most', () => {
    const levels = new Map<string, HazardLevel | null>([
      ['a', 'muy_alto'],
      ['b', 'muy_alto'],
      ['c', 'bajo'],
      ['d', null],
    ]);
    const colouring = riskColouring(['a', 'b', 'c', 'd', 'e'].map(entry), {
      choice: { hazard: 'landslide', scenarioId: '2050_high' },
      levels: { hazard: 'landslide', scenarioId: '2050_high', levels, stale: 1 },
    });
    expect(colouring.legend.map((e) => [e.value, e.count])).toEqual([
      ['bajo', 1],
      ['medio', 0],
      ['alto', 0],
      ['muy_alto', 2],
      ['', 2],
    ]);
    expect(colouring.expression).toEqual([
      'match',
      ['get', 'id'],
      ['c'],
      LEVEL_COLOURS.bajo,
      ['a', 'b'],
      LEVEL_COLOURS.muy_alto,
      NO_LEVEL_COLOUR,
    ]);
    expect(colouring.risk).toEqual({ hazard: 'landslide', scenarioId: '2050_high', stale: 1 });
  });

  it('colours every plot grey while results load', () => {
    const colouring = riskColouring(['a', 'b'].map(entry), {
      choice: { hazard: 'rust', scenarioId: 'baseline' },
      levels: null,
    });
    expect(colouring.expression).toBe(NO_LEVEL_COLOUR);
    expect(colouring.legend.at(-1)).toEqual({ value: '', colour: NO_LEVEL_COLOUR, count: 2 });
  });
});

describe('layer geometry helpers', () => {
  it('finds the extent of polygons and multipolygons', () => {
    const bbox = polygonsBbox([
      {
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [-79, -6],
              [-78, -6],
              [-78, -5],
              [-79, -6],
            ],
          ],
        },
      },
      {
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [-80.5, -7.25],
                [-80, -7.25],
                [-80, -7],
                [-80.5, -7.25],
              ],
            ],
          ],
        },
      },
    ]);
    expect(bbox).toEqual([-80.5, -7.25, -78, -5]);
    expect(polygonsBbox([])).toBeNull();
  });

  it("turns a raster's bounds into an image source's corners, clockwise from the top left", () => {
    expect(cornersOfBounds([-79.15, -6.65, -78.15, -5.65])).toEqual([
      [-79.15, -5.65],
      [-78.15, -5.65],
      [-78.15, -6.65],
      [-79.15, -6.65],
    ]);
  });
});

describe('layer defaults and values', () => {
  it('guesses what a file depicts from its name, with its usual unit and ramp', () => {
    expect(guessHazard('altitud_srtm.tif', 'raster')).toBe('elevation');
    expect(defaultUnit('elevation')).toBe('m');
    expect(defaultRamp('elevation')).toBe('elevation');
    expect(guessHazard('tmean_2050_ssp585.tif', 'raster')).toBe('temperature');
    expect(defaultUnit('temperature')).toBe('°C');
    expect(guessHazard('Susceptibilidad_Movimientos_en_Masa_Cajamarca.zip', 'vector')).toBe('landslide');
    expect(guessHazard('mapa.tif', 'raster')).toBe('other');
  });

  it('writes raster values with the decimals their size deserves', () => {
    expect(formatLayerValue(2050, 'es-PE')).toBe('2,050');
    expect(formatLayerValue(18.44, 'es-PE')).toBe('18.4');
    expect(formatLayerValue(0.273, 'es-PE')).toBe('0.27');
    expect(formatLayerValue(-2.5, 'en')).toBe('-2.5');
  });
});
