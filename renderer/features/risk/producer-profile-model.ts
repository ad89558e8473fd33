import type { HazardLevels, RiskSummary } from '../../../shared/api/risk.js';
import { levelRank, modelHazards } from '../../../shared/domain/hazard.js';
import type { HazardLevel, ModelHazard, ScenarioId } from '../../../shared/domain/hazard.js';
import { foldForSearch } from './risk-table-model.js';

export type ProducerProfile = RiskSummary['producers'][number];

/** One producer's highest level per hazard, today and in the compared scenario. */
export interface ProfileRow {
  readonly producerId: string;
  readonly producerName: string;
  readonly plots: number;
  readonly areaHa: number;
  readonly baseline: HazardLevels;
  readonly compared: HazardLevels;
}

const noLevels = Object.fromEntries(modelHazards.map((hazard) => [hazard, null])) as HazardLevels;

const levelsFor = (profile: ProducerProfile, scenarioId: ScenarioId): HazardLevels =>
  profile.highest.find((item) => item.scenarioId === scenarioId)?.levels ?? noLevels;

export function profileRows(summary: RiskSummary, compared: ScenarioId): ProfileRow[] {
  return summary.producers.map((profile) => ({
    producerId: profile.producerId,
    producerName: profile.producerName,
    plots: profile.plots,
    areaHa: profile.areaHa,
    baseline: levelsFor(profile, 'baseline'),
    compared: levelsFor(profile, compared),
  }));
}

export type ProfileSortColumn = 'producerName' | 'plots' | 'areaHa' | ModelHazard;
export interface ProfileSort {
  readonly column: ProfileSortColumn;
  readonly direction: 'asc' | 'desc';
}
export const defaultProfileSort: ProfileSort = { column: 'producerName', direction: 'asc' };

const rank = (level: HazardLevel | null): number => (level === null ? -1 : levelRank(level));

/**
 * A hazard column sorts by the compared scenario's level, then today's: the
 * producers whose plots will be worst come first when sorted descending.
 */
function hazardKey(row: ProfileRow, hazard: ModelHazard): number {
  return rank(row.compared[hazard]) * 10 + rank(row.baseline[hazard]);
}

export function visibleProfileRows(
  rows: readonly ProfileRow[],
  query: string,
  sort: ProfileSort,
  collator: Intl.Collator,
): ProfileRow[] {
  const words = foldForSearch(query)
    .split(/\s+/)
    .filter((word) => word !== '');
  const sign = sort.direction === 'asc' ? 1 : -1;
  const { column } = sort;
  const primary = (a: ProfileRow, b: ProfileRow): number => {
    switch (column) {
      case 'producerName':
        return collator.compare(a.producerName, b.producerName);
      case 'plots':
      case 'areaHa':
        return a[column] - b[column];
      default:
        return hazardKey(a, column) - hazardKey(b, column);
    }
  };
  return rows
    .filter((row) => words.every((word) => foldForSearch(row.producerName).includes(word)))
    .sort(
      (a, b) =>
        sign * primary(a, b) ||
        collator.compare(a.producerName, b.producerName) ||
        a.producerId.localeCompare(b.producerId),
    );
}

/** Whether the compared scenario rates a hazard worse than today (shown with an arrow and in words). */
export const worsens = (row: ProfileRow, hazard: ModelHazard): boolean =>
  rank(row.compared[hazard]) > rank(row.baseline[hazard]) && row.baseline[hazard] !== null;
