import type { ScenarioId } from '../../../shared/domain/hazard.js';
import { planPatchSchema } from '../../../shared/domain/plan.js';
import type { Plan } from '../../../shared/domain/plan.js';
import { problemsFromZod } from '../organisations/form/form-issues.js';
import type { FieldProblems } from '../organisations/form/form-issues.js';
import { MAX_PLAN_YEARS } from './plan-defaults.js';

/** A plan's editable data as typed in the form (years as text until parsed). */
export interface PlanFormValues {
  readonly title: string;
  readonly startYear: string;
  readonly endYear: string;
  readonly scenarioId: ScenarioId;
  readonly objectives: string;
}

export const planValuesOf = (plan: Plan): PlanFormValues => ({
  title: plan.title,
  startYear: String(plan.startYear),
  endYear: String(plan.endYear),
  scenarioId: plan.scenarioId,
  objectives: plan.objectives,
});

const planFormSchema = planPatchSchema.required();
export type PlanFormFields = ReturnType<typeof planFormSchema.parse>;

/** A year typed as digits; anything else (empty, "2027.5", "dos mil") is NaN, which the schema reports. */
const yearOf = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/**
 * Checks the values with the contract's own schema, then the period (the
 * contract's rule: forward, at most 15 years), said on the end year's field
 * in words ("Debe ser 2027 o más").
 */
export function parsePlanValues(
  values: PlanFormValues,
): { ok: true; fields: PlanFormFields } | { ok: false; problems: FieldProblems } {
  const parsed = planFormSchema.safeParse({
    title: values.title,
    startYear: yearOf(values.startYear),
    endYear: yearOf(values.endYear),
    scenarioId: values.scenarioId,
    objectives: values.objectives,
  });
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error) };
  const { startYear, endYear } = parsed.data;
  if (endYear < startYear) return { ok: false, problems: { endYear: { key: 'tooSmall', params: { min: startYear } } } };
  if (endYear - startYear > MAX_PLAN_YEARS) {
    return { ok: false, problems: { endYear: { key: 'tooBig', params: { max: startYear + MAX_PLAN_YEARS } } } };
  }
  return { ok: true, fields: parsed.data };
}
