import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../shared/domain/organisation.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useFormat } from '../../i18n/use-format.js';
import { NewFarmPlanForm } from './NewFarmPlanForm.js';
import { OrganisationPlanCard } from './OrganisationPlanCard.js';
import { planChains } from './plan-chains.js';
import { PlansTable } from './PlansTable.js';
import { usePlans } from './use-plan-queries.js';

/** The active organisation's plans: its resilience plan, then one row per family plan (newest version). */
export function PlansList({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const format = useFormat();
  const plans = usePlans(organisation.id);
  const [creating, setCreating] = useState(false);

  if (plans.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (plans.status === 'error') return <ErrorNotice error={plans.error} />;
  const chains = planChains(plans.data);
  const farm = chains.filter((chain) => chain.latest.kind === 'farm');
  const organisationPlan = chains.find((chain) => chain.latest.kind === 'organisation') ?? null;

  return (
    <div className="plans-list" data-testid="plans-list">
      <OrganisationPlanCard organisation={organisation} chain={organisationPlan} />
      <section className="page-section" aria-labelledby="farm-plans-heading">
        <div className="plans-toolbar">
          <div>
            <h2 id="farm-plans-heading">{t('farmPlans.list.title')}</h2>
            <p className="muted" data-testid="farm-plans-count">
              {t('farmPlans.list.count', { count: farm.length, total: format.number(farm.length) })}
            </p>
          </div>
          {!creating && (
            <button
              type="button"
              className="button button-primary"
              data-testid="farm-plan-new"
              data-tour="plan-new"
              onClick={() => setCreating(true)}
            >
              {t('farmPlans.list.new')}
            </button>
          )}
        </div>
        {creating && <NewFarmPlanForm organisation={organisation} onCancel={() => setCreating(false)} />}
        {farm.length === 0 ? (
          <p className="empty-state" data-testid="farm-plans-empty">
            {t('farmPlans.list.empty')}
          </p>
        ) : (
          <PlansTable chains={farm} caption={t('farmPlans.list.caption', { organisation: organisation.name })} />
        )}
      </section>
    </div>
  );
}
