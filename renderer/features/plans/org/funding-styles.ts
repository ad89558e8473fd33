import { fundingSources } from '../../../../shared/domain/plan.js';
import type { FundingSource } from '../../../../shared/domain/plan.js';
import type { LevelSlot } from '../../risk/level-patterns.js';

/**
 * A fill per funding source for the budget chart: a colour and one of the
 * risk charts' hatch tiles (plain, dots, lines, cross-hatch, dashes), so the
 * stacks read in greyscale too. The tiles are borrowed for their ink, not
 * their meaning: a source is not a risk level.
 */
const styles: Record<FundingSource, { colour: string; tile: LevelSlot }> = {
  familia: { colour: '#a8cf9f', tile: 'bajo' },
  organizacion: { colour: '#e3bd6d', tile: 'medio' },
  credito_agroperu: { colour: '#c08a5b', tile: 'alto' },
  proyecto_ong: { colour: '#5b3a29', tile: 'muy_alto' },
  otro: { colour: '#c6ccc6', tile: 'none' },
};

export const isFundingSource = (value: string): value is FundingSource =>
  (fundingSources as readonly string[]).includes(value);

export function fundingStyle(source: string): { colour: string; tile: LevelSlot } {
  return isFundingSource(source) ? styles[source] : styles.otro;
}

/** The sources that carry money, in the catalogue's order, then any the core adds later. */
export function sourcesWithMoney(bySource: Readonly<Record<string, number>>): string[] {
  const known = fundingSources.filter((source) => (bySource[source] ?? 0) > 0);
  const other = Object.keys(bySource).filter((source) => !isFundingSource(source) && (bySource[source] ?? 0) > 0);
  return [...known, ...other];
}
