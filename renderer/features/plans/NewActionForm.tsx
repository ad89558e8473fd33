import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../../shared/domain/measure.js';
import type { Plan } from '../../../shared/domain/plan.js';
import type { PlotSummary } from '../../../shared/domain/plot.js';
import { planYears } from '../../../shared/plans/plan-budget.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { formValidationError } from '../organisations/form/form-issues.js';
import type { FieldProblems } from '../organisations/form/form-issues.js';
import { useFocusFirstProblem } from '../organisations/form/use-focus-first-problem.js';
import { ActionFields } from './ActionFields.js';
import { newActionValues, parseActionValues, parseQuantity, suggestedQuantity } from './action-form-values.js';
import type { ActionFormValues } from './action-form-values.js';
import { useMutation } from './use-mutation.js';
import { usePlanLabels } from './use-plan-labels.js';
import { useSoles } from './use-soles.js';

interface NewActionFormProps {
  readonly plan: Plan;
  readonly measure: Measure;
  readonly plots: readonly PlotSummary[];
  readonly onBack: () => void;
  readonly onAdded: () => void;
}

/** A catalogue measure going into the plan: on which plots, how much (suggested from them), when, who pays. */
export function NewActionForm({ plan, measure, plots, onBack, onAdded }: NewActionFormProps) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const soles = useSoles();
  const form = useRef<HTMLFormElement>(null);
  const allPlotIds = plots.map((plot) => plot.id);
  const [values, setValues] = useState(() =>
    newActionValues(plan.startYear, allPlotIds, suggestedQuantity(measure.unit, plots)),
  );
  // Until the technician types a quantity, it follows the plots they tick.
  const [quantityTyped, setQuantityTyped] = useState(false);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [formError, setFormError] = useState<unknown>(null);
  const { run, pending, error } = useMutation();
  useFocusFirstProblem(form, problems);

  function set<K extends keyof ActionFormValues>(field: K, value: ActionFormValues[K]): void {
    setValues((current) => {
      const next = { ...current, [field]: value };
      if (field === 'plotIds' && !quantityTyped) {
        const chosen = plots.filter((plot) => next.plotIds.includes(plot.id));
        return { ...next, quantity: String(suggestedQuantity(measure.unit, chosen)) };
      }
      return next;
    });
    if (field === 'quantity') setQuantityTyped(true);
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
    const added = await run((api) =>
      api.plans.addAction({ planId: plan.id, fields: { measureId: measure.id, ...parsed.fields } }),
    );
    if (added) onAdded();
  }

  const quantity = parseQuantity(values.quantity);
  const shownError = formError ?? error;
  return (
    <form
      ref={form}
      className="form action-form"
      data-testid="add-measure-form"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <p className="muted">{labels.text(measure.description)}</p>
      <ActionFields
        values={values}
        problems={problems}
        onChange={set}
        unit={measure.unit}
        plots={plots}
        years={planYears(plan.startYear, plan.endYear)}
        structureLocked={false}
        showStatus={false}
      />
      <p className="action-form-cost" data-testid="add-measure-cost" aria-live="polite">
        {Number.isFinite(quantity)
          ? t('farmPlans.addMeasure.estimate', {
              quantity: labels.quantity(quantity, measure.unit),
              cost: soles(measure.costPerUnitSoles),
              unit: labels.unitSingular(measure.unit),
              total: soles(quantity * measure.costPerUnitSoles),
            })
          : t('farmPlans.addMeasure.noEstimate')}
      </p>
      {shownError !== null && <ErrorNotice error={shownError} />}
      <div className="form-actions button-row">
        <button type="button" className="button" data-testid="add-measure-back" onClick={onBack}>
          {t('farmPlans.addMeasure.back')}
        </button>
        <button type="submit" className="button button-primary" data-testid="add-measure-submit" disabled={pending}>
          {t('farmPlans.addMeasure.add')}
        </button>
      </div>
    </form>
  );
}
