import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/domain/plan.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Field } from '../organisations/form/Field.js';
import { useMutation } from './use-mutation.js';

/** The objective limit of the contract (shared/domain/plan.ts). */
const OBJECTIVES_MAX = 4000;

/** *Objetivos*: what the family wants the plan to achieve, in their words; editable even once approved. */
export function ObjectivesSection({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const { run, pending, error } = useMutation();

  async function save(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (draft === null) return;
    const saved = await run((api) => api.plans.update({ id: plan.id, patch: { objectives: draft.trim() } }));
    if (saved) setDraft(null);
  }

  return (
    <section className="card plan-section" aria-labelledby="plan-objectives-heading" data-testid="plan-objectives">
      <div className="plan-section-heading">
        <h2 id="plan-objectives-heading">{t('farmPlans.objectives.title')}</h2>
        {draft === null && (
          <button
            type="button"
            className="button button-small"
            data-testid="objectives-edit"
            onClick={() => setDraft(plan.objectives)}
          >
            {t('farmPlans.objectives.edit')}
          </button>
        )}
      </div>
      {draft === null ? (
        plan.objectives === '' ? (
          <p className="muted" data-testid="objectives-text">
            {t('farmPlans.objectives.none')}
          </p>
        ) : (
          <p className="plan-objectives-text" data-testid="objectives-text">
            {plan.objectives}
          </p>
        )
      ) : (
        <form className="form" noValidate onSubmit={(event) => void save(event)}>
          <Field
            label={t('farmPlans.form.objectives')}
            testId="objectives-input"
            problem={draft.length > OBJECTIVES_MAX ? { key: 'tooLong', params: { max: OBJECTIVES_MAX } } : undefined}
            hint={t('farmPlans.form.objectivesHint')}
          >
            {(control) => (
              <textarea {...control} rows={4} value={draft} onChange={(event) => setDraft(event.target.value)} />
            )}
          </Field>
          {error !== null && <ErrorNotice error={error} />}
          <div className="form-actions button-row">
            <button type="button" className="button" onClick={() => setDraft(null)}>
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              className="button button-primary"
              data-testid="objectives-save"
              disabled={pending || draft.length > OBJECTIVES_MAX}
            >
              {t('farmPlans.form.save')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
