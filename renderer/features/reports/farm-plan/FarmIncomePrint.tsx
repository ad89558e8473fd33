import { useTranslation } from 'react-i18next';
import type { PlanFigures } from '../../../../shared/api/plans.js';
import { incomeLines } from '../../income/income-lines.js';
import { PrintLineChart } from '../print/PrintLineChart.js';
import type { LineSeries } from '../print/PrintLineChart.js';
import { PrintSection } from '../print/PrintSection.js';
import { PrintTable } from '../print/PrintTable.js';
import type { PrintColumn } from '../print/PrintTable.js';
import { usePrintFormat } from '../print/use-print-format.js';

type IncomeFigures = NonNullable<PlanFigures['income']>;
type IncomeYear = IncomeFigures['years'][number];

/** The sentence that answers "does the plan reach a living income, and when?". */
function useGapSentence(income: IncomeFigures): string {
  const { t } = useTranslation();
  const format = usePrintFormat();
  const first = income.years[0];
  const last = income.years.at(-1);
  if (!first || !last) return t('income.chart.noYears');
  if (income.gapClosesInYear !== null) {
    return first.gapSoles <= 0
      ? t('farmPlanReport.income.alreadyAbove', { year: format.year(first.year) })
      : t('farmPlanReport.income.closes', {
          year: format.year(income.gapClosesInYear),
          gap: format.solesWhole(first.gapSoles),
        });
  }
  return t('farmPlanReport.income.open', {
    year: format.year(last.year),
    gap: format.solesWhole(last.gapSoles),
    startGap: format.solesWhole(first.gapSoles),
  });
}

/**
 * The family's income with the plan against the living-income benchmark and
 * the poverty line (the screen's IncomeChart, drawn as SVG for print: solid,
 * dashed and dotted lines with different markers), the gap sentence, and the
 * figures per year.
 */
export function FarmIncomePrint({ income }: { income: IncomeFigures }) {
  const { t } = useTranslation();
  const format = usePrintFormat();
  const sentence = useGapSentence(income);
  const years = income.years;
  const series: LineSeries[] = [
    {
      label: t('income.chart.lines.income'),
      values: years.map((y) => y.totalSoles),
      style: 'solid',
      marker: 'circle',
      colour: incomeLines.income.colour,
      widthPx: 2.5,
    },
    {
      label: t('income.chart.lines.benchmark'),
      values: years.map((y) => y.benchmarkSoles),
      style: 'dashed',
      marker: 'square',
      colour: incomeLines.benchmark.colour,
    },
    {
      label: t('income.chart.lines.poverty'),
      values: years.map((y) => y.povertyLineSoles),
      style: 'dotted',
      marker: 'triangle',
      colour: incomeLines.poverty.colour,
    },
  ];
  const markerIndex = income.gapClosesInYear === null ? -1 : years.findIndex((y) => y.year === income.gapClosesInYear);
  const columns: PrintColumn<IncomeYear>[] = [
    { header: t('income.chart.columns.year'), cell: (y) => format.year(y.year) },
    {
      header: t('income.chart.columns.coffeeNetSoles'),
      cell: (y) => format.solesWhole(y.coffeeNetSoles),
      align: 'num',
    },
    { header: t('income.chart.columns.otherSoles'), cell: (y) => format.solesWhole(y.otherSoles), align: 'num' },
    {
      header: t('income.chart.columns.planEffectSoles'),
      cell: (y) => format.solesWhole(y.planEffectSoles),
      align: 'num',
    },
    {
      header: t('income.chart.columns.familyCostSoles'),
      cell: (y) => format.solesWhole(y.familyCostSoles),
      align: 'num',
    },
    {
      header: t('income.chart.columns.totalSoles'),
      cell: (y) => <strong>{format.solesWhole(y.totalSoles)}</strong>,
      align: 'num',
    },
    {
      header: t('income.chart.columns.benchmarkSoles'),
      cell: (y) => format.solesWhole(y.benchmarkSoles),
      align: 'num',
    },
    { header: t('income.chart.columns.gapSoles'), cell: (y) => format.solesWhole(y.gapSoles), align: 'num' },
  ];

  return (
    <PrintSection title={t('farmPlanReport.income.title')} testId="farm-report-income">
      <p className="print-callout" data-testid="farm-report-gap" data-gap-closes={income.gapClosesInYear ?? ''}>
        {sentence}
      </p>
      <PrintLineChart
        title={t('income.chart.title')}
        categories={years.map((y) => format.year(y.year))}
        series={series}
        formatY={(value) => format.solesWhole(value)}
        marker={
          markerIndex < 0
            ? null
            : {
                index: markerIndex,
                label: t('income.chart.marker', { year: format.year(income.gapClosesInYear ?? 0) }),
              }
        }
      />
      <PrintTable
        caption={t('farmPlanReport.income.tableCaption')}
        columns={columns}
        rows={years}
        rowKey={(y) => String(y.year)}
        testId="farm-report-income-table"
        keepTogether
      />
      <p className="print-small print-muted">
        {t('income.chart.gapNote')} {t('income.chart.sourceNote', { profileYear: format.year(income.profileYear) })}
      </p>
    </PrintSection>
  );
}
