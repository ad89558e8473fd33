import { actionCostSoles } from './plan-budget.js';
import { isActive } from './plan-action-view.js';
import type { ScheduledAction } from './plan-action-view.js';

export interface TimelineCell {
  year: number;
  quarter: number;
}

export interface TimelineRow<A> {
  action: A;
  /** Column of the action's (year, quarter): (year − startYear) × 4 + (quarter − 1); null outside the period. */
  cellIndex: number | null;
  /** Last day of the action's quarter (ISO date). */
  dueDate: string;
}

export interface Timeline<A> {
  /** One column per quarter of the plan, (startYear, 1) … (endYear, 4). */
  cells: TimelineCell[];
  /** Every action (dropped included, for the screen to grey out), by year then quarter, ties in the given order. */
  rows: TimelineRow<A>[];
}

/** The quarter grid of a plan and each action's place in it. */
export function timeline<A extends ScheduledAction>(
  actions: readonly A[],
  startYear: number,
  endYear: number,
): Timeline<A> {
  const cells: TimelineCell[] = [];
  for (let year = startYear; year <= endYear; year++) {
    for (let quarter = 1; quarter <= 4; quarter++) cells.push({ year, quarter });
  }
  const rows = actions.map((action) => {
    const inPeriod = action.year >= startYear && action.year <= endYear;
    return {
      action,
      cellIndex: inPeriod ? (action.year - startYear) * 4 + (action.quarter - 1) : null,
      dueDate: actionDueDate(action.year, action.quarter),
    };
  });
  // Array.prototype.sort is stable (ES2019), so actions in the same quarter keep their order.
  rows.sort((a, b) => a.action.year - b.action.year || a.action.quarter - b.action.quarter);
  return { cells, rows };
}

/** Last day of each quarter, as MM-DD (Q1 ends 31 March … Q4 ends 31 December). */
const quarterEnds = ['03-31', '06-30', '09-30', '12-31'] as const;

/** An action is due by the last day of its quarter: `YYYY-MM-DD`. */
export function actionDueDate(year: number, quarter: number): string {
  const end = quarterEnds[quarter - 1];
  if (end === undefined) throw new Error(`Quarter ${quarter} is not 1–4.`);
  return `${String(year).padStart(4, '0')}-${end}`;
}

/**
 * Percent done as last reported: 100 when the action is marked done; otherwise the percent of the report with the
 * latest date (ties: the one recorded last), 0 with no report. Progress is stored latest first, but this does not
 * rely on the order.
 */
export function latestPercent(action: Pick<ScheduledAction, 'status' | 'progress'>): number {
  if (action.status === 'done') return 100;
  let latest: ScheduledAction['progress'][number] | undefined;
  for (const report of action.progress) {
    if (
      latest === undefined ||
      report.date > latest.date ||
      (report.date === latest.date && report.createdAt > latest.createdAt)
    ) {
      latest = report;
    }
  }
  return latest?.percentDone ?? 0;
}

/**
 * Late: still open (not done, not dropped, and not reported 100 % done) and today is after the last day of its
 * quarter. ISO dates compare as strings; a timestamp `todayIso` is cut to its date, so the due day itself is on time.
 */
export function isLate(
  action: Pick<ScheduledAction, 'status' | 'progress' | 'year' | 'quarter'>,
  todayIso: string,
): boolean {
  if (action.status === 'done' || action.status === 'dropped') return false;
  if (latestPercent(action) >= 100) return false;
  return todayIso.slice(0, 10) > actionDueDate(action.year, action.quarter);
}

/**
 * How far the plan has got, 0–100: the mean of each action's latest percent weighted by its cost,
 * Σ(cost × percent) / Σ cost, over non-dropped actions (so a S/ 12,300 renovation weighs more than a S/ 300 trap).
 * When every action costs nothing, the plain mean; null when there is no non-dropped action.
 */
export function planProgress(actions: readonly ScheduledAction[]): number | null {
  const active = actions.filter(isActive);
  if (active.length === 0) return null;
  let weightedPercent = 0;
  let totalCostSoles = 0;
  for (const action of active) {
    const costSoles = actionCostSoles(action);
    weightedPercent += costSoles * latestPercent(action);
    totalCostSoles += costSoles;
  }
  if (totalCostSoles > 0) return weightedPercent / totalCostSoles;
  return active.reduce((sum, a) => sum + latestPercent(a), 0) / active.length;
}
