import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.js';
import { useRiskLabels } from '../risk/use-risk-labels.js';
import { ApprovalState } from './ApprovalState.js';
import type { PlanChain } from './plan-chains.js';
import { plansHref } from './plan-routes.js';
import { useSoles } from './use-soles.js';

/** Farm plans, one row per family plan: its newest version, with links to the earlier ones. */
export function PlansTable({ chains, caption }: { chains: readonly PlanChain[]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const soles = useSoles();
  const risk = useRiskLabels();
  return (
    <div className="table-scroll">
      <table className="data-table plans-table" data-testid="farm-plans-table" data-tour="plans-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('farmPlans.list.columns.family')}</th>
            <th scope="col">{t('farmPlans.list.columns.version')}</th>
            <th scope="col">{t('farmPlans.list.columns.period')}</th>
            <th scope="col">{t('farmPlans.list.columns.scenario')}</th>
            <th scope="col">{t('farmPlans.list.columns.approval')}</th>
            <th scope="col" className="cell-number">
              {t('farmPlans.list.columns.actions')}
            </th>
            <th scope="col" className="cell-number">
              {t('farmPlans.list.columns.budget')}
            </th>
          </tr>
        </thead>
        <tbody>
          {chains.map(({ latest, older }) => (
            <tr key={latest.id} data-testid="farm-plan-row" data-plan-id={latest.id}>
              <th scope="row">
                <a href={plansHref.farm(latest.id)} data-testid="farm-plan-open">
                  {latest.producerName ?? latest.title}
                </a>
                <span className="cell-secondary">{latest.title}</span>
                {latest.hazards.length > 0 && (
                  <span className="cell-secondary">
                    {t('farmPlans.list.hazards', { hazards: latest.hazards.map(risk.hazard).join(', ') })}
                  </span>
                )}
              </th>
              <td>
                {t('farmPlans.version', { version: latest.version })}
                {older.length > 0 && (
                  <span className="cell-secondary">
                    {t('farmPlans.list.earlier')}{' '}
                    {older.map((plan, index) => (
                      <span key={plan.id}>
                        {index > 0 && ', '}
                        <a href={plansHref.farm(plan.id)}>{t('farmPlans.version', { version: plan.version })}</a>
                      </span>
                    ))}
                  </span>
                )}
              </td>
              <td>{t('farmPlans.period', { start: latest.startYear, end: latest.endYear })}</td>
              <td>{risk.scenario(latest.scenarioId)}</td>
              <td>
                <ApprovalState plan={latest} />
              </td>
              <td className="cell-number" data-testid="farm-plan-action-count">
                {format.number(latest.actionCount)}
              </td>
              <td className="cell-number" data-testid="farm-plan-budget">
                {soles(latest.totalCostSoles)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
