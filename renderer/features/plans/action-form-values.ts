import type { MeasureUnit } from '../../../shared/domain/measure.js';
import { actionPatchSchema } from '../../../shared/domain/plan.js';
import type { ActionStatus, FundingSource, PlanAction } from '../../../shared/domain/plan.js';
import type { PlotSummary } from '../../../shared/domain/plot.js';
import { assertNever } from '../../lib/assert-never.js';
import { problemsFromZod } from '../organisations/form/form-issues.js';
import type { FieldProblems } from '../organisations/form/form-issues.js';

/** An action as typed in its form (numbers as text until parsed). */
export interface ActionFormValues {
  readonly plotIds: readonly string[];
  readonly quantity: string;
  readonly year: string;
  readonly quarter: string;
  readonly responsible: string;
  readonly fundingSource: FundingSource;
  readonly indicator: string;
  readonly target: string;
  readonly status: ActionStatus;
  readonly rationale: string;
}

export const actionValuesOf = (action: PlanAction): ActionFormValues => ({
  plotIds: action.plotIds,
  quantity: String(action.quantity),
  year: String(action.year),
  quarter: String(action.quarter),
  responsible: action.responsible,
  fundingSource: action.fundingSource,
  indicator: action.indicator,
  target: action.target,
  status: action.status,
  rationale: action.rationale,
});

/** A new action's values: the plan's first year, first quarter, paid by the family, planned. */
export const newActionValues = (year: number, plotIds: readonly string[], quantity: number): ActionFormValues => ({
  plotIds,
  quantity: String(quantity),
  year: String(year),
  quarter: '1',
  responsible: '',
  fundingSource: 'familia',
  indicator: '',
  target: '',
  status: 'planned',
  rationale: '',
});

/**
 * A quantity typed with a point for decimals ("2.5"), as es-PE and en both
 * write them; a comma is taken as a decimal comma only when it cannot be a
 * thousands separator ("2,5"), so "1,200" plants stays 1,200.
 */
export function parseQuantity(text: string): number {
  const trimmed = text.trim().replace(/\s/g, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(trimmed)) return Number(trimmed.replace(/,/g, ''));
  if (/^\d+,\d{1,2}$/.test(trimmed)) return Number(trimmed.replace(',', '.'));
  return /^\d*\.?\d+$|^\d+\.$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

const fullSchema = actionPatchSchema.required();
export type ActionFormFields = ReturnType<typeof fullSchema.parse>;

/** Checks the values with the contract's schema; problems are keyed by field, as the form shows them. */
export function parseActionValues(
  values: ActionFormValues,
): { ok: true; fields: ActionFormFields } | { ok: false; problems: FieldProblems } {
  const parsed = fullSchema.safeParse({
    ...values,
    plotIds: [...values.plotIds],
    quantity: parseQuantity(values.quantity),
    year: Number(values.year),
    quarter: Number(values.quarter),
  });
  return parsed.success ? { ok: true, fields: parsed.data } : { ok: false, problems: problemsFromZod(parsed.error) };
}

/** Coffee plants per hectare when a plot does not say (~2,000 in Peru: andina.pe, as the proposals assume). */
const DEFAULT_PLANTS_PER_HA = 2000;

/**
 * A starting quantity for a measure on the chosen plots: their hectares for
 * measures counted in ha, their plants for measures counted in plants, one
 * otherwise (a module, a person trained). The technician adjusts it.
 */
export function suggestedQuantity(unit: MeasureUnit, plots: readonly PlotSummary[]): number {
  switch (unit) {
    case 'ha':
      return Math.round(plots.reduce((sum, plot) => sum + plot.areaHa, 0) * 100) / 100;
    case 'plants':
      return Math.round(
        plots.reduce((sum, plot) => sum + plot.areaHa * (plot.plantsPerHa ?? DEFAULT_PLANTS_PER_HA), 0),
      );
    case 'units':
    case 'people':
      return 1;
    default:
      return assertNever(unit, 'measure unit');
  }
}
