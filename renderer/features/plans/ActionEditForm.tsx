import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanAction } from '../../../shared/domain/plan.js';
import type { PlotSummary } from '../../../shared/domain/plot.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { formValidationError } from '../organisations/form/form-issues.js';
import type { FieldProblems } from '../organisations/form/form-issues.js';
import { useFocusFirstProblem } from '../organisations/form/use-focus-first-problem.js';
import { ActionFields } from './ActionFields.js';
import { actionValuesOf, parseActionValues } from './action-form-values.js';
import type { ActionFormValues } from './action-form-values.js';
import { useMutation } from './use-mutation.js';

interface ActionEditFormProps {
  readonly action: PlanAction;
  readonly plots: readonly PlotSummary[];
  readonly years: readonly number[];
  readonly structureLocked: boolean;
  readonly onDone: () => void;
}

/** An action's row form: every field at once (the table edits the common ones in place). */
export function ActionEditForm({ action, plots, years, structureLocked, onDone }: ActionEditFormProps) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(() => actionValuesOf(action));
  const [problems, setProblems] = useState<FieldProblems>({});
  const [formError, setFormError] = useState<unknown>(null);
  const { run, pending, error } = useMutation();
  useFocusFirstProblem(form, problems);

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
    // An approved plan takes monitoring changes only (the core refuses the rest).
    const { plotIds, quantity, year, quarter, fundingSource, ...monitoring } = parsed.fields;
    const patch = structureLocked ? monitoring : { plotIds, quantity, year, quarter, fundingSource, ...monitoring };
    const saved = await run((api) => api.plans.updateAction({ id: action.id, patch }));
    if (saved) onDone();
  }

  const shownError = formError ?? error;
  return (
    <form
      ref={form}
      className="form action-form"
      data-testid="action-edit-form"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <ActionFields
        values={values}
        problems={problems}
        onChange={set}
        unit={action.measure.unit}
        plots={plots}
        years={years}
        structureLocked={structureLocked}
        showStatus
      />
      {shownError !== null && <ErrorNotice error={shownError} />}
      <div className="form-actions button-row">
        <button type="button" className="button" data-testid="action-edit-cancel" onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" data-testid="action-edit-save" disabled={pending}>
          {t('farmPlans.actionForm.save')}
        </button>
      </div>
    </form>
  );
}
