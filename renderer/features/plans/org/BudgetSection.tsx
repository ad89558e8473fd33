import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format.js';
import { levelPatternUrl } from '../../risk/level-patterns.js';
import { usePlanLabels } from '../use-plan-labels.js';
import { useSoles } from '../../income/money.js';
import { BudgetChart } from './BudgetChart.js';
import { fundingStyle, isFundingSource, sourcesWithMoney } from './funding-styles.js';
import type { MoneyByYear } from './org-types.js';

interface BudgetSectionProps {
  readonly byYear: MoneyByYear;
  readonly bySource: Readonly<Record<string, number>>;
  readonly totalSoles: number;
}

/** Money per year and who puts it in, over the farm plans and the organisation's own actions: a chart and its table. */
export function BudgetSection({ byYear, bySource, totalSoles }: BudgetSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { soles } = useSoles();
  const labels = usePlanLabels();
  const sources = useMemo(() => sourcesWithMoney(bySource), [bySource]);
  const sourceName = useCallback(
    (source: string) => (isFundingSource(source) ? labels.funding(source) : source),
    [labels],
  );
  const year = (value: number) => format.number(value, { useGrouping: false });

  return (
    <section className="page-section org-budget" aria-labelledby="org-budget-heading">
      <h2 id="org-budget-heading">{t('orgPlan.budget.title')}</h2>
      <p className="muted org-intro">{t('orgPlan.budget.intro')}</p>
      {totalSoles === 0 ? (
        <p className="empty-state">{t('orgPlan.budget.empty')}</p>
      ) : (
        <>
          <ul className="org-legend" aria-label={t('orgPlan.budget.legend')}>
            {sources.map((source) => {
              const style = fundingStyle(source);
              return (
                <li key={source}>
                  <span
                    className="org-swatch"
                    aria-hidden="true"
                    style={{ backgroundImage: levelPatternUrl(style.tile, style.colour) }}
                  />
                  {sourceName(source)}
                </li>
              );
            })}
          </ul>
          <BudgetChart byYear={byYear} sources={sources} sourceName={sourceName} />
          <div className="table-scroll">
            <table className="data-table compact" data-testid="org-budget-table">
              <caption className="visually-hidden">{t('orgPlan.budget.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('orgPlan.budget.year')}</th>
                  {sources.map((source) => (
                    <th scope="col" className="cell-number" key={source}>
                      {sourceName(source)}
                    </th>
                  ))}
                  <th scope="col" className="cell-number">
                    {t('orgPlan.budget.total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {byYear.map((row) => (
                  <tr key={row.year} data-year={row.year}>
                    <th scope="row">{year(row.year)}</th>
                    {sources.map((source) => (
                      <td className="cell-number" key={source}>
                        {soles(row.bySource[source] ?? 0)}
                      </td>
                    ))}
                    <td className="cell-number org-total-cell">{soles(row.totalSoles)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('orgPlan.budget.total')}</th>
                  {sources.map((source) => (
                    <td className="cell-number" key={source}>
                      {soles(bySource[source] ?? 0)}
                    </td>
                  ))}
                  <td className="cell-number org-total-cell" data-testid="org-budget-total">
                    {soles(totalSoles)}
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
