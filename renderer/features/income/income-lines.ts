/**
 * The three lines of the income chart. Each differs in dash, width and point
 * shape as well as colour, so the chart reads printed in black and white
 * (WCAG 1.4.1 "Use of colour"): income solid, living income dashed, poverty
 * line dotted. The HTML legend draws the same strokes as SVG.
 */
export const incomeLines = {
  income: { colour: '#2e6b3f', dash: [] as number[], widthPx: 3, point: 'circle' },
  benchmark: { colour: '#5b3a29', dash: [9, 5], widthPx: 2.5, point: 'rect' },
  poverty: { colour: '#a3271b', dash: [2, 4], widthPx: 2.5, point: 'triangle' },
} as const;

export type IncomeLine = keyof typeof incomeLines;
export const incomeLineKeys = Object.keys(incomeLines) as IncomeLine[];
