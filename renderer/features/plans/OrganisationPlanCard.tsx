import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../shared/domain/organisation.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useFormat } from '../../i18n/use-format.js';
import { navigate } from '../producers/producer-routes.js';
import { ApprovalState } from './ApprovalState.js';
import type { PlanChain } from './plan-chains.js';
import { defaultPlanPeriod, defaultPlanScenario } from './plan-defaults.js';
import { plansHref } from './plan-routes.js';
import { useMutation } from './use-mutation.js';
import { useSoles } from './use-soles.js';

interface OrganisationPlanCardProps {
  readonly organisation: Organisation;
  /** The organisation's resilience plan (newest version), or null before it is started. */
  readonly chain: PlanChain | null;
}

/** The organisation's own resilience plan: open it, or start it (there is one per organisation). */
export function OrganisationPlanCard({ organisation, chain }: OrganisationPlanCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const soles = useSoles();
  const { run, pending, error } = useMutation();

  async function create(): Promise<void> {
    const plan = await run((api) =>
      api.plans.create({
        organisationId: organisation.id,
        kind: 'organisation',
        producerId: null,
        title: t('farmPlans.orgPlan.defaultTitle', { organisation: organisation.name }),
        ...defaultPlanPeriod,
        scenarioId: defaultPlanScenario,
      }),
    );
    if (plan) navigate(plansHref.organisation(plan.id));
  }

  const plan = chain?.latest;
  return (
    <section className="card org-plan-card" aria-labelledby="org-plan-heading" data-testid="org-plan-card">
      <div>
        <h2 id="org-plan-heading">{t('farmPlans.orgPlan.title')}</h2>
        {plan ? (
          <p className="org-plan-facts">
            {t('farmPlans.version', { version: plan.version })} ·{' '}
            {t('farmPlans.period', { start: plan.startYear, end: plan.endYear })} · <ApprovalState plan={plan} /> ·{' '}
            {t('farmPlans.list.actionCount', { count: plan.actionCount, total: format.number(plan.actionCount) })} ·{' '}
            {soles(plan.totalCostSoles)}
          </p>
        ) : (
          <p className="muted">{t('farmPlans.orgPlan.intro')}</p>
        )}
      </div>
      {plan ? (
        <a className="button" href={plansHref.organisation(plan.id)} data-testid="org-plan-open">
          {t('farmPlans.orgPlan.open')}
        </a>
      ) : (
        <button
          type="button"
          className="button"
          data-testid="org-plan-create"
          disabled={pending}
          onClick={() => void create()}
        >
          {t('farmPlans.orgPlan.create')}
        </button>
      )}
      {error !== null && <ErrorNotice error={error} />}
    </section>
  );
}
