import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/domain/plan.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Field } from '../organisations/form/Field.js';
import { formValidationError } from '../organisations/form/form-issues.js';
import type { FieldProblems } from '../organisations/form/form-issues.js';
import { useFocusFirstProblem } from '../organisations/form/use-focus-first-problem.js';
import { PlanPeriodFields } from './PlanPeriodFields.js';
import { parsePlanValues, planValuesOf } from './plan-form-values.js';
import type { PlanFormValues } from './plan-form-values.js';
import { useMutation } from './use-mutation.js';

interface PlanDetailsFormProps {
  readonly plan: Plan;
  readonly onDone: () => void;
}

/** The plan's title, period and scenario; an approved plan keeps its period and scenario (a new version changes them). */
export function PlanDetailsForm({ plan, onDone }: PlanDetailsFormProps) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(() => planValuesOf(plan));
  const [problems, setProblems] = useState<FieldProblems>({});
  const [formError, setFormError] = useState<unknown>(null);
  const { run, pending, error } = useMutation();
  const approved = plan.approvedAt !== null;
  useFocusFirstProblem(form, problems);

  function set<K extends keyof PlanFormValues>(field: K, value: PlanFormValues[K]): void {
    setValues((current) => ({ ...current, [field]: value }));
    setProblems((current) => ({ ...current, [field]: undefined }));
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setFormError(null);
    const parsed = parsePlanValues(values);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      setFormError(formValidationError);
      return;
    }
    const { title, startYear, endYear, scenarioId } = parsed.fields;
    const patch = approved ? { title } : { title, startYear, endYear, scenarioId };
    const saved = await run((api) => api.plans.update({ id: plan.id, patch }));
    if (saved) onDone();
  }

  const shownError = formError ?? error;
  return (
    <form
      ref={form}
      className="card form plan-form"
      data-testid="plan-details-form"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <Field label={t('farmPlans.form.title')} testId="plan-title" problem={problems.title}>
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            maxLength={200}
            value={values.title}
            onChange={(event) => set('title', event.target.value)}
          />
        )}
      </Field>
      <fieldset className="plain-fieldset" disabled={approved}>
        <PlanPeriodFields values={values} problems={problems} onChange={set} />
        {approved && <p className="field-hint">{t('farmPlans.form.periodLocked')}</p>}
      </fieldset>
      {shownError !== null && <ErrorNotice error={shownError} />}
      <div className="form-actions button-row">
        <button type="button" className="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" data-testid="plan-details-save" disabled={pending}>
          {t('farmPlans.form.save')}
        </button>
      </div>
    </form>
  );
}
