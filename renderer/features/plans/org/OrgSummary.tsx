import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format.js';
import { useSoles } from '../../income/money.js';
import type { OrganisationTotals } from './org-types.js';

interface OrgSummaryProps {
  readonly totals: OrganisationTotals;
  /** The organisation's own actions (nurseries, training…), part of the total. */
  readonly ownBudgetSoles: number;
}

/** The plan at a glance: farm plans, families, hectares, money, and the hazards its actions answer. */
export function OrgSummary({ totals, ownBudgetSoles }: OrgSummaryProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { soles } = useSoles();
  const tiles: [string, string, string][] = [
    ['farmPlans', t('orgPlan.summary.farmPlans'), format.number(totals.farmPlans)],
    ['familiesReached', t('orgPlan.summary.familiesReached'), format.number(totals.familiesReached)],
    ['hectaresRenovated', t('orgPlan.summary.hectaresRenovated'), format.ha(totals.hectaresRenovated)],
    ['hectaresShaded', t('orgPlan.summary.hectaresShaded'), format.ha(totals.hectaresShaded)],
    ['totalSoles', t('orgPlan.summary.totalSoles'), soles(totals.totalSoles)],
    ['ownSoles', t('orgPlan.summary.ownSoles'), soles(ownBudgetSoles)],
  ];
  const hazards = [...totals.hazards].sort((a, b) => b.actions - a.actions);
  return (
    <section className="page-section org-summary" aria-labelledby="org-summary-heading">
      <h2 id="org-summary-heading">{t('orgPlan.summary.title')}</h2>
      <dl className="org-tiles" data-testid="org-summary">
        {tiles.map(([key, label, value]) => (
          <div className="org-tile" key={key} data-figure={key}>
            <dt>{label}</dt>
            <dd data-testid={`org-summary-${key}`}>{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="org-subheading">{t('orgPlan.summary.hazards')}</h3>
      {hazards.length === 0 ? (
        <p className="muted">{t('orgPlan.summary.noHazards')}</p>
      ) : (
        <ul className="org-hazards" data-testid="org-hazards">
          {hazards.map((entry) => (
            <li key={entry.hazard} data-hazard={entry.hazard}>
              <strong>{t(`risk.hazards.${entry.hazard}`)}</strong>{' '}
              <span className="muted">
                {t('orgPlan.summary.hazardActions', { count: entry.actions, actions: format.number(entry.actions) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
