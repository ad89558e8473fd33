import { useTranslation } from 'react-i18next';
import type { PlanFigures } from '../../../shared/api/plans.js';
import { fundingSources } from '../../../shared/domain/plan.js';
import { useFormat } from '../../i18n/use-format.js';
import { usePlanLabels } from './use-plan-labels.js';
import { useSoles } from './use-soles.js';

/** Less than half a céntimo: what is left of a sum after floating-point rounding, not money. */
const CENTIMO_EPSILON = 0.005;

/** *Presupuesto*: soles per year and per funding source, with the totals and the labour (jornales). */
export function BudgetSection({ budget }: { budget: PlanFigures['budget'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = usePlanLabels();
  const soles = useSoles();
  const inYears = budget.byYear.reduce((sum, row) => sum + row.totalSoles, 0);
  const outsideSoles = budget.totalSoles - inYears;

  return (
    <section
      className="card plan-section"
      aria-labelledby="plan-budget-heading"
      data-testid="plan-budget"
      data-tour="plan-budget"
    >
      <h2 id="plan-budget-heading">{t('farmPlans.budget.title')}</h2>
      <dl className="plan-totals">
        <div>
          <dt>{t('farmPlans.budget.total')}</dt>
          <dd data-testid="budget-total">{soles(budget.totalSoles)}</dd>
        </div>
        <div>
          <dt>{t('farmPlans.budget.labour')}</dt>
          <dd data-testid="budget-labour">
            {t('farmPlans.budget.labourDays', {
              count: budget.labourDays,
              days: format.number(budget.labourDays, { maximumFractionDigits: 1 }),
            })}
          </dd>
        </div>
      </dl>
      <div className="table-scroll">
        <table className="data-table budget-table" data-testid="budget-table">
          <caption className="visually-hidden">{t('farmPlans.budget.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('farmPlans.budget.year')}</th>
              {fundingSources.map((source) => (
                <th scope="col" className="cell-number" key={source}>
                  {labels.funding(source)}
                </th>
              ))}
              <th scope="col" className="cell-number">
                {t('farmPlans.budget.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {budget.byYear.map((row) => (
              <tr key={row.year} data-testid="budget-year" data-year={row.year}>
                <th scope="row">{row.year}</th>
                {fundingSources.map((source) => (
                  <td className="cell-number" key={source} data-source={source}>
                    {soles(row.bySource[source] ?? 0)}
                  </td>
                ))}
                <td className="cell-number" data-testid="budget-year-total">
                  {soles(row.totalSoles)}
                </td>
              </tr>
            ))}
            {outsideSoles > CENTIMO_EPSILON && (
              <tr data-testid="budget-outside">
                <th scope="row">{t('farmPlans.budget.outside')}</th>
                <td colSpan={fundingSources.length} />
                <td className="cell-number">{soles(outsideSoles)}</td>
              </tr>
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('farmPlans.budget.total')}</th>
              {fundingSources.map((source) => (
                <td className="cell-number" key={source} data-testid="budget-source-total" data-source={source}>
                  {soles(budget.bySource[source] ?? 0)}
                </td>
              ))}
              <td className="cell-number" data-testid="budget-table-total">
                {soles(budget.totalSoles)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
