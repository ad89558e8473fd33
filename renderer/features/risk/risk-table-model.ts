import type { RiskRow } from '../../../shared/api/risk.js';
import { levelRank, modelHazards } from '../../../shared/domain/hazard.js';
import type { HazardLevel, ModelHazard } from '../../../shared/domain/hazard.js';

/**
 * Filters and sort for the risk table, by hand like the producers table
 * (renderer/features/producers/producers-table-model.ts): accent-insensitive
 * search, es-PE collation, levels ordered by rank and "no data" always last.
 * Pure functions, so thousands of rows filter and sort inside one useMemo.
 */
export const riskSortColumns = [
  'plotName',
  'producerName',
  'areaHa',
  'altitudeM',
  'temperatureC',
  ...modelHazards,
] as const;
export type RiskSortColumn = (typeof riskSortColumns)[number];
export interface RiskSort {
  readonly column: RiskSortColumn;
  readonly direction: 'asc' | 'desc';
}
/** Worst rust first: the hazard most producers ask about, and the one with the oldest data in Cajamarca. */
export const defaultRiskSort: RiskSort = { column: 'rust', direction: 'desc' };

/** `level` 'none' = the model had no data for it; 'all' = no level filter. */
export type LevelFilter = HazardLevel | 'none' | 'all';
export interface RiskFilters {
  readonly hazard: ModelHazard | 'all';
  readonly level: LevelFilter;
  readonly query: string;
}
export const noRiskFilters: RiskFilters = { hazard: 'all', level: 'all', query: '' };

/** "Chirinos Peña" and "chirinos pena" match: lower case, accents (combining marks) removed. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('es');
}

const isHazard = (column: RiskSortColumn): column is ModelHazard =>
  (modelHazards as readonly string[]).includes(column);

/** A sortable value, or null when the row has none (sorted last in both directions). */
function sortValue(row: RiskRow, column: RiskSortColumn): number | string | null {
  if (isHazard(column)) {
    const level = row.levels[column];
    return level === null ? null : levelRank(level);
  }
  return row[column];
}

const levelMatches = (level: HazardLevel | null, wanted: LevelFilter): boolean =>
  wanted === 'all' || (wanted === 'none' ? level === null : level === wanted);

/**
 * The level filter applies to the chosen hazard, or with "all hazards" to
 * any of them: "Alto" then lists every plot with at least one hazard rated Alto.
 */
export function matchesFilters(row: RiskRow, filters: RiskFilters, words: readonly string[]): boolean {
  if (filters.level !== 'all') {
    const hazards = filters.hazard === 'all' ? modelHazards : [filters.hazard];
    if (!hazards.some((hazard) => levelMatches(row.levels[hazard], filters.level))) return false;
  }
  if (words.length === 0) return true;
  const haystack = foldForSearch(`${row.plotName}\u0000${row.producerName}\u0000${row.variety}`);
  return words.every((word) => haystack.includes(word));
}

export function visibleRiskRows(
  rows: readonly RiskRow[],
  filters: RiskFilters,
  sort: RiskSort,
  collator: Intl.Collator,
): RiskRow[] {
  const words = foldForSearch(filters.query)
    .split(/\s+/)
    .filter((word) => word !== '');
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .filter((row) => matchesFilters(row, filters, words))
    .sort((a, b) => {
      const va = sortValue(a, sort.column);
      const vb = sortValue(b, sort.column);
      if ((va === null) !== (vb === null)) return va === null ? 1 : -1;
      let primary = 0;
      if (typeof va === 'number' && typeof vb === 'number') primary = va - vb;
      else if (typeof va === 'string' && typeof vb === 'string') primary = collator.compare(va, vb);
      return (
        sign * primary ||
        collator.compare(a.producerName, b.producerName) ||
        collator.compare(a.plotName, b.plotName) ||
        a.plotId.localeCompare(b.plotId)
      );
    });
}

/** es-PE collation with "Parcela 2" before "Parcela 10", case and accents ignored. */
export const riskCollator = (locale: string): Intl.Collator =>
  new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
