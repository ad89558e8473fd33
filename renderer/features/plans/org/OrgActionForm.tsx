import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../../../shared/domain/measure.js';
import type { PlanAction } from '../../../../shared/domain/plan.js';
import { ErrorNotice } from '../../../components/ErrorNotice.js';
import { formValidationError } from '../../organisations/form/form-issues.js';
import type { FieldProblems } from '../../organisations/form/form-issues.js';
import { actionValuesOf, newActionValues, parseActionValues } from '../action-form-values.js';
import type { ActionFormValues } from '../action-form-values.js';
import { usePlanLabels } from '../use-plan-labels.js';
import { useMutation } from '../use-mutation.js';
import { OrgActionFields } from './OrgActionFields.js';

type OrgActionFormProps = {
  readonly planId: string;
  readonly years: readonly number[];
  /** An approved plan: monitoring fields only (the core refuses the rest). */
  readonly structureLocked: boolean;
  readonly onDone: () => void;
} & (
  | { readonly mode: 'add'; readonly measures: readonly Measure[] }
  | { readonly mode: 'edit'; readonly action: PlanAction }
);

/**
 * Add one of the catalogue's organisation measures to the plan, or edit an
 * action: when, how many, who pays, who is responsible, the indicator and
 * its target, the status. Organisation actions have no plots.
 */
export function OrgActionForm(props: OrgActionFormProps) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const firstMeasure = props.mode === 'add' ? props.measures[0] : undefined;
  const [measureId, setMeasureId] = useState(firstMeasure?.id ?? '');
  const [values, setValues] = useState<ActionFormValues>(() =>
    props.mode === 'edit'
      ? actionValuesOf(props.action)
      : // The organisation pays for its own actions unless the technician says otherwise.
        { ...newActionValues(props.years[0] ?? new Date().getFullYear(), [], 1), fundingSource: 'organizacion' },
  );
  const [problems, setProblems] = useState<FieldProblems>({});
  const [formError, setFormError] = useState<unknown>(null);
  const { run, pending, error } = useMutation();
  const measure = props.mode === 'edit' ? props.action.measure : props.measures.find((m) => m.id === measureId);

  function set<K extends keyof ActionFormValues>(field: K, value: ActionFormValues[K]): void {
    setValues((current) => ({ ...current, [field]: value }));
    setProblems((current) => ({ ...current, [field]: undefined }));
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setFormError(null);
    const parsed = parseActionValues(values);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      setFormError(formValidationError);
      return;
    }
    let saved;
    if (props.mode === 'add') {
      if (measureId === '') return;
      saved = await run((api) =>
        api.plans.addAction({ planId: props.planId, fields: { measureId, ...parsed.fields, plotIds: [] } }),
      );
    } else {
      const { plotIds: _plots, quantity, year, quarter, fundingSource, ...monitoring } = parsed.fields;
      const patch = props.structureLocked ? monitoring : { quantity, year, quarter, fundingSource, ...monitoring };
      saved = await run((api) => api.plans.updateAction({ id: props.action.id, patch }));
    }
    if (saved) props.onDone();
  }

  const shownError = formError ?? error;
  return (
    <form
      className="form org-action-form"
      data-testid={props.mode === 'add' ? 'org-action-add-form' : 'org-action-edit-form'}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      {props.mode === 'add' && (
        <div className="field">
          <label htmlFor="org-action-measure">{t('orgPlan.actions.measure')}</label>
          <select
            id="org-action-measure"
            value={measureId}
            data-testid="org-action-measure"
            onChange={(event) => setMeasureId(event.currentTarget.value)}
          >
            {props.measures.map((option) => (
              <option key={option.id} value={option.id}>
                {labels.text(option.name)}
              </option>
            ))}
          </select>
          {measure && <p className="field-hint">{labels.text(measure.description)}</p>}
        </div>
      )}
      <OrgActionFields
        values={values}
        problems={problems}
        onChange={set}
        unit={measure?.unit ?? 'units'}
        costPerUnitSoles={measure?.costPerUnitSoles ?? 0}
        years={props.years}
        structureLocked={props.structureLocked}
        showStatus={props.mode === 'edit'}
      />
      {shownError !== null && <ErrorNotice error={shownError} />}
      <div className="org-form-actions">
        <button type="button" className="button" onClick={props.onDone}>
          {t('common.cancel')}
        </button>
        <button
          type="submit"
          className="button button-primary"
          disabled={pending || !measure}
          data-testid="org-action-save"
        >
          {props.mode === 'add' ? t('orgPlan.actions.add') : t('orgPlan.actions.save')}
        </button>
      </div>
    </form>
  );
}
