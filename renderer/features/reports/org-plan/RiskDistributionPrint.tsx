import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskSummary } from '../../../../shared/api/risk.js';
import type { ModelHazard, ScenarioId } from '../../../../shared/domain/hazard.js';
import { levelOfSlot, levelSlots } from '../../risk/level-slots.js';
import { useRiskLabels } from '../../risk/use-risk-labels.js';
import { PrintSection } from '../print/PrintSection.js';
import { PrintTable } from '../print/PrintTable.js';
import type { PrintColumn } from '../print/PrintTable.js';
import { PrintLevelSwatch } from '../print/print-patterns.js';
import { usePrintFormat } from '../print/use-print-format.js';
import { LevelPairChart } from './LevelPairChart.js';
import { hazardComparisons } from './risk-rows.js';
import type { SlotPlots } from './risk-rows.js';

interface TableRow {
  readonly hazard: ModelHazard;
  readonly first: boolean;
  readonly scenarioId: ScenarioId;
  readonly plots: SlotPlots;
  readonly high: number;
}

/**
 * Plots per level for each hazard, línea base against the plan's scenario:
 * a pair of hatched bars per hazard with the counts written in, and one table
 * with every number (the charts' greyscale fallback and the figures to quote).
 */
interface RiskDistributionPrintProps {
  readonly summary: RiskSummary;
  readonly scenarioId: ScenarioId;
  /** Every plot of the organisation: those never analysed are not in the summary, and the report says so. */
  readonly plotCount: number;
}

export function RiskDistributionPrint({ summary, scenarioId, plotCount }: RiskDistributionPrintProps) {
  const { t } = useTranslation();
  const labels = useRiskLabels();
  const format = usePrintFormat();
  const comparisons = useMemo(() => hazardComparisons(summary, scenarioId), [summary, scenarioId]);
  const scenarios: readonly ScenarioId[] = ['baseline', scenarioId];
  const count = (value: number) => format.number(value);
  const analysed = comparisons.some((row) => row.total > 0);
  const unanalysed = Math.max(0, plotCount - Math.max(0, ...comparisons.map((row) => row.total)));

  const rows: TableRow[] = comparisons.flatMap((row) => [
    { hazard: row.hazard, first: true, scenarioId: 'baseline', plots: row.baseline, high: row.highBaseline },
    { hazard: row.hazard, first: false, scenarioId, plots: row.scenario, high: row.highScenario },
  ]);
  const columns: PrintColumn<TableRow>[] = [
    {
      header: t('reportsOrg.risk.hazard'),
      cell: (row) => (row.first ? <strong>{labels.hazard(row.hazard)}</strong> : null),
      width: '20%',
    },
    { header: t('reportsOrg.risk.scenario'), cell: (row) => labels.scenario(row.scenarioId), width: '15%' },
    ...levelSlots.map((slot): PrintColumn<TableRow> => ({
      header: labels.level(levelOfSlot(slot)),
      cell: (row) => count(row.plots[slot]),
      align: 'num',
    })),
    { header: t('reportsOrg.risk.highColumn'), cell: (row) => <strong>{count(row.high)}</strong>, align: 'num' },
  ];

  return (
    <PrintSection
      title={t('reportsOrg.risk.title')}
      intro={t('reportsOrg.risk.intro', { scenario: labels.scenario(scenarioId) })}
      pageBreak
      testId="org-report-risk"
    >
      {!analysed ? (
        <p className="print-muted">{t('reportsOrg.risk.notAnalysed')}</p>
      ) : (
        <>
          <ul className="print-legend org-report-legend">
            {levelSlots.map((slot) => (
              <li key={slot}>
                <PrintLevelSwatch level={levelOfSlot(slot)} />
                {labels.level(levelOfSlot(slot))}
              </li>
            ))}
          </ul>
          <div className="org-report-risk-grid">
            {comparisons.map((row) => {
              const headline = t('reportsOrg.risk.high', {
                now: count(row.highBaseline),
                then: count(row.highScenario),
              });
              return (
                <figure key={row.hazard} className="print-figure org-report-hazard" data-hazard={row.hazard}>
                  <figcaption>
                    {labels.hazard(row.hazard)}
                    <span className="org-report-headline">{headline}</span>
                  </figcaption>
                  <LevelPairChart
                    rows={scenarios.map((id, index) => ({
                      label: labels.scenario(id),
                      plots: index === 0 ? row.baseline : row.scenario,
                    }))}
                    total={row.total}
                    formatCount={count}
                    ariaLabel={`${labels.hazard(row.hazard)}. ${headline}`}
                  />
                </figure>
              );
            })}
          </div>
          {unanalysed > 0 && (
            <p className="print-small" data-testid="org-report-unanalysed">
              {t('reportsOrg.risk.unanalysed', { count: unanalysed, plots: count(unanalysed) })}
            </p>
          )}
          <PrintTable
            caption={t('reportsOrg.risk.tableCaption')}
            columns={columns}
            rows={rows}
            rowKey={(row) => `${row.hazard}-${row.scenarioId}`}
            testId="org-report-risk-table"
            keepTogether
          />
        </>
      )}
    </PrintSection>
  );
}
