import type { ExpressionSpecification } from 'maplibre-gl';
import { hazardLevels } from '../../../shared/domain/hazard.js';
import type { HazardLevel } from '../../../shared/domain/hazard.js';

/**
 * The four CENEPRED levels, light to dark: ColorBrewer's sequential YlOrBr
 * (Brewer & Harrower, colorbrewer2.org, 5 classes without the palest, which
 * vanishes on the base map). Their lightness falls steadily (CIE L* ≈ 88,
 * 72, 55, 36), so a greyscale print or a colour-blind reader still sees the
 * order. Used by the hazard layers, the plots' "Riesgo climático" colouring
 * and the risk dashboard alike, so "Alto" looks the same everywhere.
 */
export const LEVEL_COLOURS: Readonly<Record<HazardLevel, string>> = {
  bajo: '#fed98e',
  medio: '#fe9929',
  alto: '#d95f0e',
  muy_alto: '#993404',
};

/** A level nobody assigned (vector class left "sin asignar") or a plot without results: neutral grey. */
export const NO_LEVEL_COLOUR = '#c8c8c8';

/** One dark outline colour; its width grows with the level, a second cue that survives greyscale. */
export const LEVEL_OUTLINE_COLOUR = '#4a2308';
export const LEVEL_OUTLINE_WIDTHS: Readonly<Record<HazardLevel, number>> = {
  bajo: 0.5,
  medio: 0.9,
  alto: 1.4,
  muy_alto: 2.2,
};
const NO_LEVEL_OUTLINE_WIDTH = 0.5;

/** The level whose polygons also carry a diagonal hatch (see `hatchImage`). */
export const HATCHED_LEVEL: HazardLevel = 'muy_alto';
export const HATCH_IMAGE_ID = 'cafetal-hazard-hatch';

/** `['match', ['get', property], 'bajo', …]` giving each level its colour, grey otherwise. */
export function levelColourExpression(property = 'level'): ExpressionSpecification {
  return [
    'match',
    ['coalesce', ['get', property], ''],
    ...hazardLevels.flatMap((level) => [level, LEVEL_COLOURS[level]]),
    NO_LEVEL_COLOUR,
  ] as unknown as ExpressionSpecification;
}

export function levelOutlineWidthExpression(property = 'level'): ExpressionSpecification {
  return [
    'match',
    ['coalesce', ['get', property], ''],
    ...hazardLevels.flatMap((level) => [level, LEVEL_OUTLINE_WIDTHS[level]]),
    NO_LEVEL_OUTLINE_WIDTH,
  ] as unknown as ExpressionSpecification;
}

/**
 * An 8 × 8 px tile with one dark diagonal line, for `fill-pattern`: built in
 * code (no sprite file, no request). The line is semi-transparent so the
 * level colour underneath still shows.
 */
export function hatchImage(sizePx = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(sizePx * sizePx * 4);
  for (let y = 0; y < sizePx; y += 1) {
    for (let x = 0; x < sizePx; x += 1) {
      // Along x + y = size − 1, so neighbouring tiles join into continuous lines ("/").
      const onLine = (x + y) % sizePx === sizePx - 1;
      if (!onLine) continue;
      const i = (y * sizePx + x) * 4;
      data[i] = 0x2b;
      data[i + 1] = 0x12;
      data[i + 2] = 0x02;
      data[i + 3] = 190;
    }
  }
  return { width: sizePx, height: sizePx, data };
}

/** A CSS background for legend swatches: the hatch for the hatched level, flat colour otherwise. */
export function levelSwatchBackground(level: HazardLevel | null): string {
  if (level === null) return NO_LEVEL_COLOUR;
  const colour = LEVEL_COLOURS[level];
  if (level !== HATCHED_LEVEL) return colour;
  return `repeating-linear-gradient(-45deg, rgb(43 18 2 / 0.75) 0 1px, transparent 1px 4px), ${colour}`;
}
