import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/domain/plan.js';
import { producersHref } from '../producers/producer-routes.js';
import { useRiskLabels } from '../risk/use-risk-labels.js';
import { ApprovalState } from './ApprovalState.js';
import { PlanDetailsForm } from './PlanDetailsForm.js';
import { plansHref } from './plan-routes.js';

/** The plan's title and facts: family, period, scenario, version and approval; "Editar datos" opens its form. */
export function PlanHeader({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const risk = useRiskLabels();
  const [editing, setEditing] = useState(false);
  return (
    <header className="plan-header">
      <a className="back-link" href={plansHref.list}>
        {t('farmPlans.page.back')}
      </a>
      <div className="plan-header-title">
        <h1 id="plan-heading" data-testid="plan-title">
          {plan.title}
        </h1>
        {!editing && (
          <button
            type="button"
            className="button button-small"
            data-testid="plan-edit"
            onClick={() => setEditing(true)}
          >
            {t('farmPlans.page.edit')}
          </button>
        )}
      </div>
      <dl className="plan-facts" data-testid="plan-facts">
        <div>
          <dt>{t('farmPlans.page.family')}</dt>
          <dd data-testid="plan-producer">
            {plan.producerId !== null ? (
              <a href={producersHref.producer(plan.producerId)}>{plan.producerName ?? plan.producerId}</a>
            ) : (
              t('common.notSet')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('farmPlans.page.period')}</dt>
          <dd data-testid="plan-period">{t('farmPlans.period', { start: plan.startYear, end: plan.endYear })}</dd>
        </div>
        <div>
          <dt>{t('farmPlans.page.scenario')}</dt>
          <dd data-testid="plan-scenario-text">{risk.scenario(plan.scenarioId)}</dd>
        </div>
        <div>
          <dt>{t('farmPlans.page.version')}</dt>
          <dd data-testid="plan-version">
            {t('farmPlans.version', { version: plan.version })}
            {plan.previousVersionId !== null && (
              <>
                {' · '}
                <a href={plansHref.farm(plan.previousVersionId)} data-testid="plan-previous-version">
                  {t('farmPlans.page.previousVersion')}
                </a>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('farmPlans.page.approval')}</dt>
          <dd>
            <ApprovalState plan={plan} />
          </dd>
        </div>
      </dl>
      {editing && <PlanDetailsForm plan={plan} onDone={() => setEditing(false)} />}
    </header>
  );
}
