import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/domain/plan.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { Field } from '../organisations/form/Field.js';
import type { FieldProblem } from '../organisations/form/form-issues.js';
import { navigate } from '../producers/producer-routes.js';
import { ApprovalState } from './ApprovalState.js';
import { plansHref } from './plan-routes.js';
import { useMutation } from './use-mutation.js';

/**
 * *Aprobación*: who approved the plan and when. An approved plan is the
 * record of what was agreed: changing what it plans takes a new version
 * (a copy with its actions and progress), which opens at once.
 */
export function ApprovalSection({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const [approver, setApprover] = useState('');
  const [problem, setProblem] = useState<FieldProblem | undefined>(undefined);
  const approval = useMutation();
  const versioning = useMutation();
  const approved = plan.approvedAt !== null;

  async function approve(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const approvedBy = approver.trim();
    if (approvedBy === '') {
      setProblem({ key: 'required', params: {} });
      return;
    }
    setProblem(undefined);
    await approval.run((api) => api.plans.approve({ id: plan.id, approvedBy }));
  }

  async function newVersion(): Promise<void> {
    const copy = await versioning.run((api) => api.plans.newVersion({ id: plan.id }));
    if (copy) navigate(plansHref.farm(copy.id));
  }

  return (
    <section className="card plan-section" aria-labelledby="plan-approval-heading" data-testid="plan-approval">
      <h2 id="plan-approval-heading">{t('farmPlans.approval.title')}</h2>
      <p>
        <ApprovalState plan={plan} />
      </p>
      {!approved && (
        <form className="approval-form" noValidate onSubmit={(event) => void approve(event)}>
          <Field
            label={t('farmPlans.approval.approver')}
            testId="plan-approver"
            problem={problem}
            hint={t('farmPlans.approval.hint')}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="name"
                maxLength={200}
                value={approver}
                onChange={(event) => setApprover(event.target.value)}
              />
            )}
          </Field>
          <button
            type="submit"
            className="button button-primary"
            data-testid="plan-approve"
            disabled={approval.pending}
          >
            {t('farmPlans.approval.approve')}
          </button>
        </form>
      )}
      {approval.error !== null && <ErrorNotice error={approval.error} />}
      <div className="approval-version">
        <p className="field-hint">{t('farmPlans.approval.newVersionHint')}</p>
        <button
          type="button"
          className="button"
          data-testid="plan-new-version"
          disabled={versioning.pending}
          onClick={() => void newVersion()}
        >
          {t('farmPlans.approval.newVersion')}
        </button>
      </div>
      {versioning.error !== null && <ErrorNotice error={versioning.error} />}
    </section>
  );
}
