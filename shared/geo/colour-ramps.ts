import type { ColourRamp } from '../domain/layer.js';

/** A colour at a position 0…1 along a ramp. */
export interface RampStop {
  at: number;
  /** '#rrggbb' */
  colour: string;
}

/** Stops evenly spread over 0…1. */
function even(colours: readonly string[]): RampStop[] {
  return colours.map((colour, i) => ({ at: i / (colours.length - 1), colour }));
}

/**
 * The colours of each raster ramp, low values first. Every ramp's CIELAB
 * lightness changes monotonically (test/unit/raster/colour-ramps.test.ts
 * checks it), so a map printed in greyscale still reads low → high.
 *
 * - temperature: ColorBrewer YlOrRd 9 (light yellow = cool, dark red = hot);
 * - rainfall: ColorBrewer YlGnBu 9 (light = dry, dark blue = wet);
 *   both from ColorBrewer 2.0, Cynthia Brewer, Pennsylvania State University (Apache 2.0).
 * - viridis: matplotlib's viridis (van der Walt & Smith, 2015; CC0) sampled at tenths.
 * - elevation: Cafetal's own, valley dark green → highland olive and tan → páramo cream,
 *   designed with L* 22 → 95.
 * - greys: ColorBrewer Greys reversed (low dark, high light, like a DEM in QGIS's grey render).
 *
 * Note: `colourRamps` in shared/domain/layer.ts is the list of ramp names;
 * this is their colours.
 */
export const colourRamps: Record<ColourRamp, readonly RampStop[]> = {
  elevation: even(['#0b3d20', '#2e6b34', '#6e8f3c', '#b3a35c', '#d9c49a', '#f4efe6']),
  temperature: even([
    '#ffffcc',
    '#ffeda0',
    '#fed976',
    '#feb24c',
    '#fd8d3c',
    '#fc4e2a',
    '#e31a1c',
    '#bd0026',
    '#800026',
  ]),
  rainfall: even(['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#253494', '#081d58']),
  viridis: even([
    '#440154',
    '#482878',
    '#3e4989',
    '#31688e',
    '#26828e',
    '#1f9e89',
    '#35b779',
    '#6ece58',
    '#b5de2b',
    '#fde725',
  ]),
  greys: even(['#252525', '#525252', '#737373', '#969696', '#bdbdbd', '#d9d9d9', '#f0f0f0', '#ffffff']),
};

function rgbOf(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The ramp's colour at t (0 = lowest value, 1 = highest; clamped), linear between stops in sRGB. */
export function rampColour(ramp: ColourRamp, t: number): [number, number, number] {
  const stops = colourRamps[ramp];
  const x = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  let i = 1;
  while (i < stops.length - 1 && (stops[i] as RampStop).at < x) i += 1;
  const a = stops[i - 1] as RampStop;
  const b = stops[i] as RampStop;
  const f = b.at > a.at ? (x - a.at) / (b.at - a.at) : 0;
  const [ar, ag, ab] = rgbOf(a.colour);
  const [br, bg, bb] = rgbOf(b.colour);
  return [Math.round(ar + (br - ar) * f), Math.round(ag + (bg - ag) * f), Math.round(ab + (bb - ab) * f)];
}

/** A CSS `linear-gradient` of the ramp for legends: low at the start of `direction`. */
export function rampCssGradient(ramp: ColourRamp, direction = 'to right'): string {
  const stops = colourRamps[ramp].map((s) => `${s.colour} ${+(s.at * 100).toFixed(2)}%`);
  return `linear-gradient(${direction}, ${stops.join(', ')})`;
}
