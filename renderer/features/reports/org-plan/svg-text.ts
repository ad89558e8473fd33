/**
 * Text inside the print charts: Noto Sans (shipped, print.css) averages about
 * 0.56 em per character for digits and short words (the kit's map labels use
 * the same estimate), enough to decide whether a number fits in a bar segment
 * without a layout pass.
 */
const EM_PER_CHAR = 0.56;

export const textWidth = (text: string, fontSize: number): number => text.length * fontSize * EM_PER_CHAR;

/** A label fits a segment when its estimated width plus a little padding is not wider than the segment. */
export const fitsIn = (text: string, fontSize: number, widthUnits: number): boolean =>
  textWidth(text, fontSize) + 4 <= widthUnits;

/** Halo behind chart numbers so they read over any fill, hatch or dark colour. */
export const haloProps = {
  stroke: '#fff',
  strokeWidth: 2.6,
  strokeLinejoin: 'round',
  paintOrder: 'stroke',
} as const;
