import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fundingSources } from '../../../../shared/domain/plan.js';
import { isFundingSource, sourcesWithMoney } from '../../plans/org/funding-styles.js';
import type { MoneyByYear } from '../../plans/org/org-types.js';
import { usePlanLabels } from '../../plans/use-plan-labels.js';
import { PrintSection } from '../print/PrintSection.js';
import { PrintTable } from '../print/PrintTable.js';
import type { PrintColumn } from '../print/PrintTable.js';
import { PrintSeriesSwatch } from '../print/print-patterns.js';
import { usePrintFormat } from '../print/use-print-format.js';
import { BudgetBars } from './BudgetBars.js';

interface BudgetPrintProps {
  readonly byYear: MoneyByYear;
  readonly bySource: Readonly<Record<string, number>>;
  readonly totalSoles: number;
}

/** A source's fill follows the catalogue's order, so "Familia" looks the same in every chart and legend. */
const seriesOf = (source: string): number =>
  isFundingSource(source) ? fundingSources.indexOf(source) : fundingSources.length;

/** Money per year and who puts it in (farm plans plus the organisation's own actions): chart and table. */
export function BudgetPrint({ byYear, bySource, totalSoles }: BudgetPrintProps) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const format = usePrintFormat();
  const sources = useMemo(() => sourcesWithMoney(bySource), [bySource]);
  const sourceName = useCallback(
    (source: string) => (isFundingSource(source) ? labels.funding(source) : source),
    [labels],
  );
  const short = useCallback(
    (value: number) =>
      value === 0
        ? '0'
        : t('orgPlan.budget.thousands', { value: format.number(value / 1000, { maximumFractionDigits: 1 }) }),
    [t, format],
  );

  const columns: PrintColumn<MoneyByYear[number]>[] = [
    { header: t('orgPlan.budget.year'), cell: (row) => <strong>{format.year(row.year)}</strong>, width: '12%' },
    ...sources.map((source): PrintColumn<MoneyByYear[number]> => ({
      header: sourceName(source),
      cell: (row) => format.solesWhole(row.bySource[source] ?? 0),
      align: 'num',
    })),
    {
      header: t('orgPlan.budget.total'),
      cell: (row) => <strong>{format.solesWhole(row.totalSoles)}</strong>,
      align: 'num',
    },
  ];
  const foot = [
    [
      t('orgPlan.budget.total'),
      ...sources.map((source) => format.solesWhole(bySource[source] ?? 0)),
      format.solesWhole(totalSoles),
    ],
  ];

  return (
    <PrintSection title={t('reportsOrg.budget.title')} intro={t('reportsOrg.budget.intro')} testId="org-report-budget">
      {totalSoles === 0 ? (
        <p className="print-muted">{t('orgPlan.budget.empty')}</p>
      ) : (
        <>
          <figure className="print-figure">
            <figcaption>{t('reportsOrg.budget.chartCaption')}</figcaption>
            <BudgetBars
              byYear={byYear}
              sources={sources}
              seriesOf={seriesOf}
              short={short}
              full={format.solesWhole}
              year={format.year}
              ariaLabel={t('orgPlan.budget.chartLabel')}
            />
            <ul className="print-legend">
              {sources.map((source) => (
                <li key={source}>
                  <PrintSeriesSwatch index={seriesOf(source)} />
                  {sourceName(source)}
                </li>
              ))}
            </ul>
          </figure>
          <PrintTable
            caption={t('orgPlan.budget.caption')}
            columns={columns}
            rows={byYear}
            rowKey={(row) => String(row.year)}
            foot={foot}
            testId="org-report-budget-table"
            keepTogether
          />
        </>
      )}
    </PrintSection>
  );
}
