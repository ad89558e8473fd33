import { fundingSources } from '../domain/plan.js';
import type { FundingSource } from '../domain/plan.js';
import { isActive } from './plan-action-view.js';
import type { CostedAction } from './plan-action-view.js';

/** Soles per funding source, every source present (zeros included) so tables and charts have fixed columns. */
export type SolesBySource = Record<FundingSource, number>;

export interface YearBudget {
  year: number;
  totalSoles: number;
  bySource: SolesBySource;
}

export interface PlanBudget {
  /** Every non-dropped action, including those outside the plan period (see `actionsOutsidePeriod`). */
  totalSoles: number;
  /** Jornales (person-days) of every non-dropped action. */
  labourDays: number;
  /** One row per year of the plan period, startYear…endYear, zeros included; actions outside it are not here. */
  byYear: YearBudget[];
  bySource: SolesBySource;
}

export const emptyBySource = (): SolesBySource =>
  Object.fromEntries(fundingSources.map((source) => [source, 0])) as SolesBySource;

/** cost (S/) = quantity × measure cost per unit (S/ per ha, plant, unit or person); a dropped action costs nothing. */
export const actionCostSoles = (action: CostedAction): number =>
  isActive(action) ? action.quantity * action.measure.costPerUnitSoles : 0;

/** labour (jornales) = quantity × measure labour days per unit; a dropped action takes none. */
export const actionLabourDays = (action: CostedAction): number =>
  isActive(action) ? action.quantity * action.measure.labourDaysPerUnit : 0;

/** The plan's years, startYear…endYear inclusive (empty when the period runs backwards). */
export const planYears = (startYear: number, endYear: number): number[] =>
  Array.from({ length: Math.max(0, endYear - startYear + 1) }, (_, i) => startYear + i);

/**
 * What the plan costs, by year and by who pays. Dropped actions are left out. An action dated outside
 * startYear…endYear (e.g. after the period was shortened) still counts in `totalSoles`, `labourDays` and
 * `bySource`, but has no year row: so Σ byYear = totalSoles only when `actionsOutsidePeriod` is empty.
 */
export function planBudget(actions: readonly CostedAction[], startYear: number, endYear: number): PlanBudget {
  const byYear = planYears(startYear, endYear).map((year) => ({ year, totalSoles: 0, bySource: emptyBySource() }));
  const bySource = emptyBySource();
  let totalSoles = 0;
  let labourDays = 0;
  for (const action of actions) {
    if (!isActive(action)) continue;
    const costSoles = actionCostSoles(action);
    totalSoles += costSoles;
    labourDays += actionLabourDays(action);
    bySource[action.fundingSource] += costSoles;
    const row = byYear[action.year - startYear];
    if (row && row.year === action.year) {
      row.totalSoles += costSoles;
      row.bySource[action.fundingSource] += costSoles;
    }
  }
  return { totalSoles, labourDays, byYear, bySource };
}

/** Non-dropped actions dated before startYear or after endYear: the plan editor flags them. */
export const actionsOutsidePeriod = <A extends CostedAction>(
  actions: readonly A[],
  startYear: number,
  endYear: number,
): A[] => actions.filter((a) => isActive(a) && (a.year < startYear || a.year > endYear));
