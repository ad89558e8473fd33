import { useTranslation } from 'react-i18next';
import type { PlanFigures } from '../../../shared/api/plans.js';
import { useSoles } from './use-soles.js';

type IncomeFigures = NonNullable<PlanFigures['income']>;

/**
 * The family's income over the plan years as a plain table: shown when the
 * chart cannot be (it failed or is not there), and readable by any screen reader.
 */
export function IncomeYearsTable({ income }: { income: IncomeFigures }) {
  const { t } = useTranslation();
  const soles = useSoles();
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="plan-income-table">
        <caption className="visually-hidden">{t('farmPlans.income.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('farmPlans.income.columns.year')}</th>
            <th scope="col" className="cell-number">
              {t('farmPlans.income.columns.total')}
            </th>
            <th scope="col" className="cell-number">
              {t('farmPlans.income.columns.planEffect')}
            </th>
            <th scope="col" className="cell-number">
              {t('farmPlans.income.columns.familyCost')}
            </th>
            <th scope="col" className="cell-number">
              {t('farmPlans.income.columns.benchmark')}
            </th>
            <th scope="col" className="cell-number">
              {t('farmPlans.income.columns.gap')}
            </th>
          </tr>
        </thead>
        <tbody>
          {income.years.map((row) => (
            <tr key={row.year} data-year={row.year}>
              <th scope="row">{row.year}</th>
              <td className="cell-number">{soles(row.totalSoles, { whole: true })}</td>
              <td className="cell-number">{soles(row.planEffectSoles, { whole: true })}</td>
              <td className="cell-number">{soles(row.familyCostSoles, { whole: true })}</td>
              <td className="cell-number">{soles(row.benchmarkSoles, { whole: true })}</td>
              <td className="cell-number">{soles(row.gapSoles, { whole: true })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
