import { useTranslation } from 'react-i18next';
import type { OrganisationTotals } from '../../plans/org/org-types.js';
import { useRiskLabels } from '../../risk/use-risk-labels.js';
import { PrintSection } from '../print/PrintSection.js';
import { usePrintFormat } from '../print/use-print-format.js';

interface OrgSummaryPrintProps {
  readonly totals: OrganisationTotals;
  /** The organisation's own actions (nurseries, training…), part of the total. */
  readonly ownBudgetSoles: number;
}

/** The plan at a glance: farm plans, families reached, hectares, money, and the hazards its actions answer. */
export function OrgSummaryPrint({ totals, ownBudgetSoles }: OrgSummaryPrintProps) {
  const { t } = useTranslation();
  const labels = useRiskLabels();
  const format = usePrintFormat();
  const tiles = [
    { key: 'farmPlans', label: t('reportsOrg.summary.farmPlans'), value: format.number(totals.farmPlans) },
    {
      key: 'familiesReached',
      label: t('reportsOrg.summary.familiesReached'),
      value: format.number(totals.familiesReached),
      note: t('reportsOrg.summary.familiesOf', { families: format.number(totals.families.length) }),
    },
    {
      key: 'hectaresRenovated',
      label: t('reportsOrg.summary.hectaresRenovated'),
      value: format.ha(totals.hectaresRenovated),
    },
    { key: 'hectaresShaded', label: t('reportsOrg.summary.hectaresShaded'), value: format.ha(totals.hectaresShaded) },
    {
      key: 'totalSoles',
      label: t('reportsOrg.summary.totalSoles'),
      value: format.solesWhole(totals.totalSoles),
      note: t('reportsOrg.summary.ownSoles', { amount: format.solesWhole(ownBudgetSoles) }),
      wide: true,
    },
  ];
  const hazards = [...totals.hazards].filter((entry) => entry.actions > 0).sort((a, b) => b.actions - a.actions);

  return (
    <PrintSection
      title={t('reportsOrg.summary.title')}
      intro={t('reportsOrg.summary.intro')}
      keepTogether
      testId="org-report-summary"
    >
      <dl className="org-report-tiles">
        {tiles.map((tile) => (
          <div
            key={tile.key}
            className={tile.wide ? 'org-report-tile org-report-tile-wide' : 'org-report-tile'}
            data-figure={tile.key}
          >
            <dt>{tile.label}</dt>
            <dd>
              {tile.value}
              {tile.note !== undefined && <span className="org-report-tile-note">{tile.note}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <h3>{t('reportsOrg.summary.hazards')}</h3>
      {hazards.length === 0 ? (
        <p className="print-muted">{t('reportsOrg.summary.hazardsNone')}</p>
      ) : (
        <ul className="org-report-hazard-list">
          {hazards.map((entry) => (
            <li key={entry.hazard}>
              {t('reportsOrg.summary.hazardActions', {
                count: entry.actions,
                hazard: labels.hazard(entry.hazard),
                actions: format.number(entry.actions),
              })}
            </li>
          ))}
        </ul>
      )}
    </PrintSection>
  );
}
