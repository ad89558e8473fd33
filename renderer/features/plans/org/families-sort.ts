import type { FamilyRow } from './org-types.js';

export const familyColumns = [
  'producerName',
  'actions',
  'budgetSoles',
  'incomeNowSoles',
  'incomeEndSoles',
  'gapNowSoles',
  'gapEndSoles',
] as const;
export type FamilyColumn = (typeof familyColumns)[number];
export interface FamilySort {
  readonly column: FamilyColumn;
  readonly direction: 'asc' | 'desc';
}

/** Largest gap first: the families the organisation most needs to reach. */
export const defaultFamilySort: FamilySort = { column: 'gapNowSoles', direction: 'desc' };

/** Clicking the sorted column flips it; another column starts descending for numbers, ascending for names. */
export function nextSort(current: FamilySort, column: FamilyColumn): FamilySort {
  if (current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column, direction: column === 'producerName' ? 'asc' : 'desc' };
}

/** Sorted copy; families without an income profile (null) go last either way, then by name. */
export function sortFamilies(rows: readonly FamilyRow[], sort: FamilySort, locale: string): FamilyRow[] {
  const byName = (a: FamilyRow, b: FamilyRow) => a.producerName.localeCompare(b.producerName, locale);
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort.column === 'producerName') return sign * byName(a, b);
    const x = a[sort.column];
    const y = b[sort.column];
    if (x === null && y === null) return byName(a, b);
    if (x === null) return 1;
    if (y === null) return -1;
    return sign * (x - y) || byName(a, b);
  });
}
