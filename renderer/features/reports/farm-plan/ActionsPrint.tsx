import { useTranslation } from 'react-i18next';
import type { Plan, PlanAction } from '../../../../shared/domain/plan.js';
import type { PlotSummary } from '../../../../shared/domain/plot.js';
import { actionCostSoles } from '../../../../shared/plans/plan-budget.js';
import { usePlanLabels } from '../../plans/use-plan-labels.js';
import { PrintTable } from '../print/PrintTable.js';
import type { PrintColumn } from '../print/PrintTable.js';
import { usePrintFormat } from '../print/use-print-format.js';
import { actionsInTimeOrder } from './farm-plan-model.js';

/**
 * The plan's measures in the order they happen: which plots, how much, when,
 * what it costs, who pays and how far along it is. Dropped measures stay
 * listed (the record of what was decided) but cost nothing.
 */
export function ActionsPrint({ plan, plots }: { plan: Plan; plots: readonly PlotSummary[] }) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const format = usePrintFormat();
  const plotNames = new Map(plots.map((plot) => [plot.id, plot.name]));
  const actions = actionsInTimeOrder(plan.actions);
  const total = actions.reduce((sum, action) => sum + actionCostSoles(action), 0);

  const columns: PrintColumn<PlanAction>[] = [
    { header: t('farmPlanReport.measures.measure'), cell: (a) => labels.text(a.measure.name), width: '24%' },
    {
      header: t('farmPlanReport.measures.plots'),
      cell: (a) =>
        a.plotIds.length === 0
          ? t('farmPlanReport.measures.wholeFarm')
          : a.plotIds.map((id) => plotNames.get(id) ?? '?').join(', '),
      width: '17%',
    },
    {
      header: t('farmPlanReport.measures.quantity'),
      cell: (a) => labels.quantity(a.quantity, a.measure.unit),
      align: 'num',
      width: '10%',
    },
    {
      header: t('farmPlanReport.measures.when'),
      cell: (a) =>
        t('farmPlanReport.measures.whenValue', { year: format.year(a.year), quarter: labels.quarter(a.quarter) }),
      align: 'num',
      width: '10%',
    },
    {
      header: t('farmPlanReport.measures.cost'),
      cell: (a) => (a.status === 'dropped' ? t('farmPlanReport.measures.dropped') : format.soles(actionCostSoles(a))),
      align: 'num',
      width: '11%',
    },
    { header: t('farmPlanReport.measures.funding'), cell: (a) => labels.funding(a.fundingSource), width: '15%' },
    { header: t('farmPlanReport.measures.status'), cell: (a) => labels.status(a.status), width: '13%' },
  ];

  return (
    <PrintTable
      columns={columns}
      rows={actions}
      rowKey={(a) => a.id}
      empty={t('farmPlanReport.measures.none')}
      foot={
        actions.length > 0
          ? [[t('farmPlanReport.measures.total'), null, null, null, format.soles(total), null, null]]
          : undefined
      }
      testId="farm-report-measures-table"
    />
  );
}
