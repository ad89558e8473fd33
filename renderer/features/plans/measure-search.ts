import { measureGroups } from '../../../shared/domain/measure.js';
import type { Measure, MeasureGroup } from '../../../shared/domain/measure.js';

/** Lower case without accents: "renovacion" finds "Renovación", "roya" finds "ROYA". */
export const foldText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();

/**
 * The farm measures a family plan can use, grouped in the catalogue's order,
 * keeping those whose name, description or group (in the user's language)
 * contains every word searched for. Archived measures are not offered.
 */
export function searchMeasures(
  measures: readonly Measure[],
  query: string,
  textOf: (measure: Measure) => string,
): { group: MeasureGroup; measures: Measure[] }[] {
  const words = foldText(query)
    .split(/\s+/)
    .filter((word) => word !== '');
  const matches = measures.filter((measure) => {
    if (measure.scope !== 'farm' || measure.archivedAt !== null) return false;
    const haystack = foldText(textOf(measure));
    return words.every((word) => haystack.includes(word));
  });
  return measureGroups
    .map((group) => ({ group, measures: matches.filter((measure) => measure.group === group) }))
    .filter((entry) => entry.measures.length > 0);
}
