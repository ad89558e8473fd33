import { useTranslation } from 'react-i18next';
import { scenarioIds } from '../../../shared/domain/hazard.js';
import type { ScenarioId } from '../../../shared/domain/hazard.js';
import { Field } from '../organisations/form/Field.js';
import type { FieldProblems } from '../organisations/form/form-issues.js';
import { useRiskLabels } from '../risk/use-risk-labels.js';
import type { PlanFormValues } from './plan-form-values.js';

interface PlanPeriodFieldsProps {
  readonly values: PlanFormValues;
  readonly problems: FieldProblems;
  readonly onChange: <K extends keyof PlanFormValues>(field: K, value: PlanFormValues[K]) => void;
}

/** From, to and the climate scenario the plan's proposals are rated against. */
export function PlanPeriodFields({ values, problems, onChange }: PlanPeriodFieldsProps) {
  const { t } = useTranslation();
  const risk = useRiskLabels();
  return (
    <div className="field-row-3">
      <Field label={t('farmPlans.form.startYear')} testId="plan-start-year" problem={problems.startYear}>
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="numeric"
            maxLength={4}
            autoComplete="off"
            value={values.startYear}
            onChange={(event) => onChange('startYear', event.target.value)}
          />
        )}
      </Field>
      <Field label={t('farmPlans.form.endYear')} testId="plan-end-year" problem={problems.endYear}>
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="numeric"
            maxLength={4}
            autoComplete="off"
            value={values.endYear}
            onChange={(event) => onChange('endYear', event.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('farmPlans.form.scenario')}
        testId="plan-scenario"
        problem={problems.scenarioId}
        hint={t('farmPlans.form.scenarioHint')}
      >
        {(control) => (
          <select
            {...control}
            value={values.scenarioId}
            onChange={(event) => onChange('scenarioId', event.target.value as ScenarioId)}
          >
            {scenarioIds.map((id) => (
              <option key={id} value={id}>
                {risk.scenario(id)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
