import { useTranslation } from 'react-i18next';
import type { MeasureUnit } from '../../../../shared/domain/measure.js';
import { actionStatuses, fundingSources } from '../../../../shared/domain/plan.js';
import type { ActionStatus, FundingSource } from '../../../../shared/domain/plan.js';
import { Field } from '../../organisations/form/Field.js';
import type { FieldProblems } from '../../organisations/form/form-issues.js';
import { parseQuantity } from '../action-form-values.js';
import type { ActionFormValues } from '../action-form-values.js';
import { usePlanLabels } from '../use-plan-labels.js';
import { useSoles } from '../../income/money.js';

interface OrgActionFieldsProps {
  readonly values: ActionFormValues;
  readonly problems: FieldProblems;
  readonly onChange: <K extends keyof ActionFormValues>(field: K, value: ActionFormValues[K]) => void;
  readonly unit: MeasureUnit;
  readonly costPerUnitSoles: number;
  readonly years: readonly number[];
  readonly structureLocked: boolean;
  readonly showStatus: boolean;
}

/** An organisation action's fields (no plots: it serves every member), with its cost as typed. */
export function OrgActionFields(props: OrgActionFieldsProps) {
  const { values, problems, onChange, unit, costPerUnitSoles, years, structureLocked, showStatus } = props;
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const { soles, solesExact } = useSoles();
  const quantity = parseQuantity(values.quantity);
  // An action dated outside the period (the period was shortened) keeps its year selectable.
  const yearOptions = years.includes(Number(values.year)) ? years : [...years, Number(values.year)];

  return (
    <>
      <div className="org-form-grid">
        <Field
          label={t('orgPlan.actions.quantity', { unit: labels.unit(unit) })}
          testId="org-action-quantity"
          problem={problems.quantity}
          hint={
            Number.isFinite(quantity)
              ? t('orgPlan.actions.costAsTyped', {
                  cost: soles(quantity * costPerUnitSoles),
                  perUnit: solesExact(costPerUnitSoles),
                  unit: labels.unitSingular(unit),
                })
              : undefined
          }
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              disabled={structureLocked}
              value={values.quantity}
              onChange={(event) => onChange('quantity', event.target.value)}
            />
          )}
        </Field>
        <Field label={t('orgPlan.actions.year')} testId="org-action-year" problem={problems.year}>
          {(control) => (
            <select
              {...control}
              disabled={structureLocked}
              value={values.year}
              onChange={(event) => onChange('year', event.target.value)}
            >
              {yearOptions.map((year) => (
                <option key={year} value={String(year)}>
                  {year}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('orgPlan.actions.quarter')} testId="org-action-quarter" problem={problems.quarter}>
          {(control) => (
            <select
              {...control}
              disabled={structureLocked}
              value={values.quarter}
              onChange={(event) => onChange('quarter', event.target.value)}
            >
              {[1, 2, 3, 4].map((quarter) => (
                <option key={quarter} value={String(quarter)}>
                  {labels.quarterLong(quarter)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('orgPlan.actions.funding')} testId="org-action-funding" problem={problems.fundingSource}>
          {(control) => (
            <select
              {...control}
              disabled={structureLocked}
              value={values.fundingSource}
              onChange={(event) => onChange('fundingSource', event.target.value as FundingSource)}
            >
              {fundingSources.map((source) => (
                <option key={source} value={source}>
                  {labels.funding(source)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('orgPlan.actions.responsible')} testId="org-action-responsible" problem={problems.responsible}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={values.responsible}
              onChange={(event) => onChange('responsible', event.target.value)}
            />
          )}
        </Field>
        {showStatus && (
          <Field label={t('orgPlan.actions.status')} testId="org-action-status" problem={problems.status}>
            {(control) => (
              <select
                {...control}
                value={values.status}
                onChange={(event) => onChange('status', event.target.value as ActionStatus)}
              >
                {actionStatuses.map((status) => (
                  <option key={status} value={status}>
                    {labels.status(status)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <div className="org-form-grid org-form-grid-wide">
        <Field
          label={t('orgPlan.actions.indicator')}
          testId="org-action-indicator"
          problem={problems.indicator}
          hint={t('orgPlan.actions.indicatorHint')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={values.indicator}
              onChange={(event) => onChange('indicator', event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('orgPlan.actions.target')}
          testId="org-action-target"
          problem={problems.target}
          hint={t('orgPlan.actions.targetHint')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={values.target}
              onChange={(event) => onChange('target', event.target.value)}
            />
          )}
        </Field>
      </div>
      <Field label={t('orgPlan.actions.rationale')} testId="org-action-rationale" problem={problems.rationale}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={values.rationale}
            onChange={(event) => onChange('rationale', event.target.value)}
          />
        )}
      </Field>
    </>
  );
}
