import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.js';
import type { IncomeFigures } from './IncomeChart.js';
import { useSoles } from './money.js';

const columns = [
  'coffeeNetSoles',
  'otherSoles',
  'planEffectSoles',
  'familyCostSoles',
  'totalSoles',
  'benchmarkSoles',
  'povertyLineSoles',
  'gapSoles',
] as const;

/** The chart's figures year by year, folded under a summary: for screen readers, checking and copying. */
export function IncomeTable({ figures }: { figures: IncomeFigures }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { soles } = useSoles();
  return (
    <details className="income-chart-table">
      <summary>{t('income.chart.showTable')}</summary>
      <div className="table-scroll">
        <table className="data-table compact-table" data-testid="income-chart-table">
          <caption className="visually-hidden">{t('income.chart.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('income.chart.columns.year')}</th>
              {columns.map((column) => (
                <th scope="col" className="cell-number" key={column}>
                  {t(`income.chart.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {figures.years.map((row) => (
              <tr
                key={row.year}
                data-year={row.year}
                className={row.year === figures.gapClosesInYear ? 'income-row-closes' : undefined}
              >
                <th scope="row">{format.number(row.year, { useGrouping: false })}</th>
                {columns.map((column) => (
                  <td className="cell-number" key={column} data-column={column}>
                    {soles(row[column])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="field-hint">{t('income.chart.gapNote')}</p>
    </details>
  );
}
