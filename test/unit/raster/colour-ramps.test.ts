import { describe, expect, it } from 'vitest';
import { colourRamps as rampNames } from '../../../shared/domain/layer.js';
import { colourRamps, rampColour, rampCssGradient } from '../../../shared/geo/colour-ramps.js';

/** CIE L* of an sRGB colour (IEC 61966-2-1 transfer curve, D65 luminance, CIE 1976 lightness). */
function lightness([r, g, b]: [number, number, number]): number {
  const linear = (c: number): number => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const y = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

describe('colour ramps', () => {
  it('has stops for every ramp a layer can name, from 0 to 1', () => {
    for (const name of rampNames) {
      const stops = colourRamps[name];
      expect(stops[0]?.at).toBe(0);
      expect(stops.at(-1)?.at).toBe(1);
      for (const stop of stops) expect(stop.colour).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('changes lightness monotonically along every ramp, so greyscale prints still read low → high', () => {
    for (const name of rampNames) {
      const ls = Array.from({ length: 101 }, (_, k) => lightness(rampColour(name, k / 100)));
      const rising = (ls.at(-1) as number) > (ls[0] as number);
      for (let k = 1; k < ls.length; k += 1) {
        const step = (ls[k] as number) - (ls[k - 1] as number);
        expect(rising ? step : -step, `${name} at ${k}%`).toBeGreaterThanOrEqual(-0.05);
      }
      // And a printable contrast between the ends (L* is 0…100).
      expect(Math.abs((ls.at(-1) as number) - (ls[0] as number)), name).toBeGreaterThan(60);
    }
  });

  it('interpolates between stops and clamps outside 0…1', () => {
    expect(rampColour('greys', 0)).toEqual([0x25, 0x25, 0x25]);
    expect(rampColour('greys', 1)).toEqual([255, 255, 255]);
    expect(rampColour('greys', 2)).toEqual([255, 255, 255]);
    expect(rampColour('greys', -1)).toEqual([0x25, 0x25, 0x25]);
    // Halfway between the first two viridis stops (#440154 at 0, #482878 at 1/9).
    expect(rampColour('viridis', 1 / 18)).toEqual([70, 21, 102]);
  });

  it('writes a CSS gradient for legends', () => {
    expect(rampCssGradient('temperature')).toBe(
      'linear-gradient(to right, #ffffcc 0%, #ffeda0 12.5%, #fed976 25%, #feb24c 37.5%, #fd8d3c 50%, #fc4e2a 62.5%, #e31a1c 75%, #bd0026 87.5%, #800026 100%)',
    );
    expect(rampCssGradient('greys', 'to top')).toMatch(/^linear-gradient\(to top, #252525 0%/);
  });
});
