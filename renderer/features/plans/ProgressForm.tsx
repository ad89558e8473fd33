import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanAction } from '../../../shared/domain/plan.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Field } from '../organisations/form/Field.js';
import type { FieldProblems } from '../organisations/form/form-issues.js';
import { parseQuantity } from './action-form-values.js';
import { useMutation } from './use-mutation.js';
import { todayIso } from './use-plan-queries.js';

interface ProgressFormProps {
  readonly action: PlanAction;
  readonly onDone: () => void;
}

/** A monitoring visit's entry for one action: when, how far (%), what was seen. 100 % marks it done. */
export function ProgressForm({ action, onDone }: ProgressFormProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState(todayIso);
  const [percent, setPercent] = useState('');
  const [notes, setNotes] = useState('');
  const [problems, setProblems] = useState<FieldProblems>({});
  const { run, pending, error } = useMutation();

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const percentDone = parseQuantity(percent);
    const found: FieldProblems = {
      date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? undefined : { key: 'required', params: {} },
      percentDone: !Number.isFinite(percentDone)
        ? { key: 'notANumber', params: {} }
        : percentDone > 100
          ? { key: 'tooBig', params: { max: 100 } }
          : undefined,
    };
    if (found.date || found.percentDone) {
      setProblems(found);
      return;
    }
    setProblems({});
    const saved = await run((api) => api.plans.addProgress({ actionId: action.id, date, percentDone, notes }));
    if (saved) onDone();
  }

  return (
    <form
      className="form progress-form"
      data-testid="progress-form"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <div className="field-row-3">
        <Field label={t('farmPlans.monitoring.date')} testId="progress-date" problem={problems.date}>
          {(control) => (
            <input {...control} type="date" value={date} max="2100-12-31" onChange={(e) => setDate(e.target.value)} />
          )}
        </Field>
        <Field label={t('farmPlans.monitoring.percent')} testId="progress-percent" problem={problems.percentDone}>
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={percent}
              onChange={(e) => setPercent(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('farmPlans.monitoring.notes')} testId="progress-notes" problem={undefined}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              maxLength={2000}
              value={notes}
              onChange={(e) => setNotes(e.target.value)}
            />
          )}
        </Field>
      </div>
      {error !== null && <ErrorNotice error={error} />}
      <div className="form-actions button-row">
        <button type="button" className="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" data-testid="progress-save" disabled={pending}>
          {t('farmPlans.monitoring.save')}
        </button>
      </div>
    </form>
  );
}
