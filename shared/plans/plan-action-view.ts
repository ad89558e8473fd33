import type { MeasureSnapshot, PlanAction, ProgressEntry } from '../domain/plan.js';

/**
 * The parts of a plan action each calculation reads. A full `PlanAction` fits every one of them, so the store and
 * the screens pass their actions as they are; tests and drafts can pass less.
 */
export type CostedAction = Pick<PlanAction, 'quantity' | 'year' | 'fundingSource' | 'status'> & {
  measure: Pick<MeasureSnapshot, 'costPerUnitSoles' | 'labourDaysPerUnit'>;
};

/** A progress report as the progress calculations read it. */
export type ProgressReport = Pick<ProgressEntry, 'date' | 'percentDone' | 'createdAt'>;

/** An action placed in a quarter, with its progress reports. */
export type ScheduledAction = CostedAction &
  Pick<PlanAction, 'quarter'> & {
    progress: readonly ProgressReport[];
  };

/** An action whose effect on the family's income is projected. */
export type EffectAction = CostedAction & {
  measure: Pick<MeasureSnapshot, 'unit' | 'effect' | 'yearsToFullEffect'>;
};

/** An action counted in the organisation's totals. */
export type TotalsAction = ScheduledAction & {
  measure: Pick<MeasureSnapshot, 'group' | 'unit' | 'hazards'>;
};

/** Dropped actions are kept for the record but cost nothing, take no time and change nothing. */
export const isActive = (action: Pick<PlanAction, 'status'>): boolean => action.status !== 'dropped';
