import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../shared/domain/plan.js';
import { ErrorNotice } from '../../../components/ErrorNotice.js';
import { useFormat } from '../../../i18n/use-format.js';
import { navigate } from '../../producers/producer-routes.js';
import { ApprovalState } from '../ApprovalState.js';
import { plansHref } from '../plan-routes.js';
import { useMutation } from '../use-mutation.js';

/**
 * The plan's title, period, scenario, version and approval. Approving
 * records who approved it (an assembly, the board); after that its actions
 * change only in a new version, which opens at once.
 */
export function OrgPlanHeader({ plan, progressPct }: { plan: Plan; progressPct: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { run, pending, error } = useMutation();
  const [approving, setApproving] = useState(false);
  const [approvedBy, setApprovedBy] = useState('');
  const approved = plan.approvedAt !== null;
  const year = (value: number) => format.number(value, { useGrouping: false });

  async function approve(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const saved = await run((api) => api.plans.approve({ id: plan.id, approvedBy }));
    if (saved) setApproving(false);
  }

  async function newVersion(): Promise<void> {
    const created = await run((api) => api.plans.newVersion({ id: plan.id }));
    if (created) navigate(plansHref.organisation(created.id));
  }

  return (
    <header className="org-plan-header">
      <div className="org-plan-title">
        <p className="org-plan-kicker">{t('orgPlan.kicker')}</p>
        <h1 id="org-plan-title" data-testid="org-plan-title">
          {plan.title}
        </h1>
        <p className="org-plan-facts" data-testid="org-plan-facts">
          <span>{t('orgPlan.period', { start: year(plan.startYear), end: year(plan.endYear) })}</span>
          <span>{t('orgPlan.scenario', { scenario: t(`risk.scenarios.${plan.scenarioId}`) })}</span>
          <span data-testid="org-plan-version">{t('orgPlan.version', { version: plan.version })}</span>
          <ApprovalState plan={plan} />
          <span>{t('orgPlan.progress', { percent: format.number(progressPct, { maximumFractionDigits: 0 }) })}</span>
        </p>
        {plan.objectives !== '' && <p className="org-plan-objectives">{plan.objectives}</p>}
      </div>
      <div className="org-plan-approval">
        {!approved && !approving && (
          <button
            type="button"
            className="button button-primary"
            data-testid="org-plan-approve"
            onClick={() => setApproving(true)}
          >
            {t('orgPlan.approve.open')}
          </button>
        )}
        {!approved && approving && (
          <form className="org-approve-form" onSubmit={(event) => void approve(event)}>
            <div className="field">
              <label htmlFor="org-approved-by">{t('orgPlan.approve.by')}</label>
              <input
                id="org-approved-by"
                required
                maxLength={200}
                value={approvedBy}
                autoFocus
                data-testid="org-plan-approved-by"
                onChange={(event) => setApprovedBy(event.currentTarget.value)}
              />
              <p className="field-hint">{t('orgPlan.approve.hint')}</p>
            </div>
            <div className="org-approve-actions">
              <button type="button" className="button" onClick={() => setApproving(false)}>
                {t('common.cancel')}
              </button>
              <button
                type="submit"
                className="button button-primary"
                disabled={pending || approvedBy.trim() === ''}
                data-testid="org-plan-approve-confirm"
              >
                {t('orgPlan.approve.confirm')}
              </button>
            </div>
          </form>
        )}
        {approved && (
          <>
            <button
              type="button"
              className="button"
              disabled={pending}
              data-testid="org-plan-new-version"
              onClick={() => void newVersion()}
            >
              {t('orgPlan.newVersion')}
            </button>
            <p className="field-hint">{t('orgPlan.newVersionHint')}</p>
          </>
        )}
        {plan.previousVersionId !== null && (
          <a className="org-previous" href={plansHref.organisation(plan.previousVersionId)}>
            {t('orgPlan.previousVersion', { version: plan.version - 1 })}
          </a>
        )}
        {error !== null && <ErrorNotice error={error} />}
      </div>
    </header>
  );
}
