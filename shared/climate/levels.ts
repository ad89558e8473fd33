import type { HazardLevel } from '../domain/hazard.js';
import type { LevelCutoffs } from './model-params.js';

/** Bajo below `medio`, Medio from `medio`, Alto from `alto`, Muy alto from `muy_alto` (cutoffs rise). */
export function levelAtOrAbove(value: number, cutoffs: LevelCutoffs): HazardLevel {
  if (value >= cutoffs.muy_alto) return 'muy_alto';
  if (value >= cutoffs.alto) return 'alto';
  if (value >= cutoffs.medio) return 'medio';
  return 'bajo';
}

/** Bajo at or above `medio`, Medio below `medio`, Alto below `alto`, Muy alto below `muy_alto` (cutoffs fall). */
export function levelBelow(value: number, cutoffs: LevelCutoffs): HazardLevel {
  if (value < cutoffs.muy_alto) return 'muy_alto';
  if (value < cutoffs.alto) return 'alto';
  if (value < cutoffs.medio) return 'medio';
  return 'bajo';
}

/** Cutoffs as driver params (`muyAlto`: i18next placeholders are plain words). */
export const cutoffParams = (cutoffs: LevelCutoffs) => ({
  medio: cutoffs.medio,
  alto: cutoffs.alto,
  muyAlto: cutoffs.muy_alto,
});

/** One decimal, for °C, points and percentages shown in drivers; values used for levels stay unrounded. */
export const round1 = (value: number): number => Math.round(value * 10) / 10;
