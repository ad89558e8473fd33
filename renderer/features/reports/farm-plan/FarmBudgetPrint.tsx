import { useTranslation } from 'react-i18next';
import type { PlanFigures } from '../../../../shared/api/plans.js';
import type { FundingSource } from '../../../../shared/domain/plan.js';
import { usePlanLabels } from '../../plans/use-plan-labels.js';
import { PrintBarChart } from '../print/PrintBarChart.js';
import { PrintSection } from '../print/PrintSection.js';
import { PrintTable } from '../print/PrintTable.js';
import type { PrintColumn } from '../print/PrintTable.js';
import { usePrintFormat } from '../print/use-print-format.js';
import { fundingColumns } from './farm-plan-model.js';

type YearRow = PlanFigures['budget']['byYear'][number];

/** What the plan costs per year and who pays (only the sources that pay something), with the totals; a stacked chart. */
export function FarmBudgetPrint({ budget }: { budget: PlanFigures['budget'] }) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const format = usePrintFormat();
  const sources: FundingSource[] = fundingColumns(budget.bySource);
  const yearsSum = budget.byYear.reduce((sum, row) => sum + row.totalSoles, 0);
  // Actions dated outside the period count in the totals but in no year (shared/plans/plan-budget.ts).
  const outsideSoles = budget.totalSoles - yearsSum;
  const money = (value: number) => (value === 0 ? '—' : format.soles(value));

  const columns: PrintColumn<YearRow>[] = [
    { header: t('farmPlanReport.budget.year'), cell: (row) => format.year(row.year), width: '14%' },
    ...sources.map((source): PrintColumn<YearRow> => ({
      header: labels.funding(source),
      cell: (row) => money(row.bySource[source] ?? 0),
      align: 'num',
    })),
    { header: t('farmPlanReport.budget.total'), cell: (row) => <strong>{money(row.totalSoles)}</strong>, align: 'num' },
  ];
  const foot = [
    ...(Math.abs(outsideSoles) > 0.005
      ? [[t('farmPlanReport.budget.outside'), ...sources.map(() => null), format.soles(outsideSoles)]]
      : []),
    [
      t('farmPlanReport.budget.totalRow'),
      ...sources.map((source) => format.soles(budget.bySource[source] ?? 0)),
      format.soles(budget.totalSoles),
    ],
  ];

  return (
    <PrintSection
      title={t('farmPlanReport.budget.title')}
      intro={t('farmPlanReport.budget.intro')}
      keepTogether
      testId="farm-report-budget"
    >
      <PrintTable
        columns={columns}
        rows={budget.byYear}
        rowKey={(row) => String(row.year)}
        foot={foot}
        testId="farm-report-budget-table"
        keepTogether
      />
      <p className="print-small print-muted">
        {t('farmPlanReport.budget.labour', { days: format.number(budget.labourDays, { maximumFractionDigits: 1 }) })}
      </p>
      {sources.length > 0 && (
        <PrintBarChart
          title={t('farmPlanReport.budget.chartTitle')}
          categories={budget.byYear.map((row) => format.year(row.year))}
          series={sources.map((source) => ({
            label: labels.funding(source),
            values: budget.byYear.map((row) => row.bySource[source] ?? 0),
          }))}
          formatY={(value) => format.solesWhole(value)}
          stacked
          height={200}
        />
      )}
    </PrintSection>
  );
}
