import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ErrorNotice.js';
import { todayIso } from '../use-plan-queries.js';
import { useMutation } from '../use-mutation.js';

/**
 * A monitoring entry for an action: the date, how far it has got and what
 * happened. 100 % marks it done, anything above 0 in progress (the core does it).
 */
export function ProgressForm({ actionId, onDone }: { actionId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [date, setDate] = useState(todayIso);
  const [percent, setPercent] = useState('');
  const [notes, setNotes] = useState('');
  const { run, pending, error } = useMutation();
  const percentDone = Number(percent);
  const valid = percent.trim() !== '' && percentDone >= 0 && percentDone <= 100 && date !== '';

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!valid) return;
    const saved = await run((api) => api.plans.addProgress({ actionId, date, percentDone, notes: notes.trim() }));
    if (saved) onDone();
  }

  return (
    <form className="org-progress-form" data-testid="org-progress-form" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor={`${id}-date`}>{t('orgPlan.progressForm.date')}</label>
        <input
          id={`${id}-date`}
          type="date"
          required
          value={date}
          data-testid="org-progress-date"
          onChange={(event) => setDate(event.currentTarget.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-percent`}>{t('orgPlan.progressForm.percent')}</label>
        <input
          id={`${id}-percent`}
          type="number"
          min="0"
          max="100"
          step="1"
          required
          value={percent}
          autoFocus
          data-testid="org-progress-percent"
          onChange={(event) => setPercent(event.currentTarget.value)}
        />
      </div>
      <div className="field org-progress-notes">
        <label htmlFor={`${id}-notes`}>{t('orgPlan.progressForm.notes')}</label>
        <input
          id={`${id}-notes`}
          maxLength={2000}
          value={notes}
          data-testid="org-progress-notes"
          onChange={(event) => setNotes(event.currentTarget.value)}
        />
      </div>
      <div className="org-form-actions">
        <button type="button" className="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button
          type="submit"
          className="button button-primary"
          disabled={pending || !valid}
          data-testid="org-progress-save"
        >
          {t('orgPlan.progressForm.save')}
        </button>
      </div>
      {error !== null && <ErrorNotice error={error} />}
    </form>
  );
}
