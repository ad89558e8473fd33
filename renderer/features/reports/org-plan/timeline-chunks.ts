/**
 * A quarter grid wider than five years (20 columns) does not fit an A4
 * portrait page at a readable size; longer plans (up to 15 years, see
 * planFieldsSchema) print as several grids of at most five years each.
 */
export const YEARS_PER_GRID = 5;

/** [startYear…endYear] cut into consecutive runs of at most `perGrid` years. */
export function yearChunks(startYear: number, endYear: number, perGrid = YEARS_PER_GRID): number[][] {
  const chunks: number[][] = [];
  for (let first = startYear; first <= endYear; first += perGrid) {
    const chunk: number[] = [];
    for (let year = first; year <= Math.min(endYear, first + perGrid - 1); year++) chunk.push(year);
    chunks.push(chunk);
  }
  return chunks;
}
