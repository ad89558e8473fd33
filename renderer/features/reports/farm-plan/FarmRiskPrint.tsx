import { useTranslation } from 'react-i18next';
import type { PlotRiskCard } from '../../../../shared/api/risk.js';
import { modelHazards } from '../../../../shared/domain/hazard.js';
import type { ModelHazard, ScenarioId } from '../../../../shared/domain/hazard.js';
import type { PlotSummary } from '../../../../shared/domain/plot.js';
import { useRiskLabels } from '../../risk/use-risk-labels.js';
import { PrintLevel } from '../print/print-patterns.js';
import { PrintSection } from '../print/PrintSection.js';
import { PrintTable } from '../print/PrintTable.js';
import type { PrintColumn } from '../print/PrintTable.js';
import { usePrintFormat } from '../print/use-print-format.js';
import type { FarmPlanReportData } from './farm-plan-data.js';
import { hazardResultOf } from './farm-plan-model.js';

interface RiskRow {
  readonly plot: PlotSummary;
  readonly card: PlotRiskCard | undefined;
}

function HazardTable({
  hazard,
  rows,
  scenarioId,
}: {
  hazard: ModelHazard;
  rows: readonly RiskRow[];
  scenarioId: ScenarioId;
}) {
  const { t } = useTranslation();
  const labels = useRiskLabels();
  const format = usePrintFormat();
  const showBaseline = scenarioId !== 'baseline';
  const result = (row: RiskRow, scenario: ScenarioId) => (row.card ? hazardResultOf(row.card, scenario, hazard) : null);
  const columns: PrintColumn<RiskRow>[] = [
    {
      header: t('farmPlanReport.risk.plot'),
      cell: (row) => (
        <>
          {row.plot.name}
          <span className="print-sub">{format.msnm(row.plot.altitudeM)}</span>
        </>
      ),
      width: '22%',
    },
    ...(showBaseline
      ? [
          {
            header: labels.scenario('baseline'),
            cell: (row: RiskRow) => <PrintLevel level={result(row, 'baseline')?.level ?? null} />,
            width: '14%',
          },
        ]
      : []),
    {
      header: labels.scenario(scenarioId),
      cell: (row) => <PrintLevel level={result(row, scenarioId)?.level ?? null} />,
      width: '15%',
    },
    {
      header: t('farmPlanReport.risk.why', { scenario: labels.scenario(scenarioId) }),
      cell: (row) => {
        const drivers = result(row, scenarioId)?.drivers ?? [];
        if (!row.card || drivers.length === 0)
          return <span className="print-muted">{t('farmPlanReport.risk.notAnalysed')}</span>;
        return (
          <ul className="farm-report-drivers">
            {drivers.map((driver, index) => (
              <li key={index}>{labels.driver(driver)}</li>
            ))}
          </ul>
        );
      },
    },
  ];
  return (
    <div className="farm-report-hazard">
      <PrintTable
        title={labels.hazard(hazard)}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.plot.id}
        testId={`farm-report-risk-${hazard}`}
      />
    </div>
  );
}

/** One table per hazard: each plot's level in the baseline and the plan's scenario, and the model's reasons in words. */
export function FarmRiskPrint({ data }: { data: FarmPlanReportData }) {
  const { t } = useTranslation();
  const labels = useRiskLabels();
  const { plan, plots, riskCards } = data;
  const cards = new Map(riskCards.map((card) => [card.plotId, card]));
  const rows = plots.map((plot) => ({ plot, card: cards.get(plot.id) }));
  const stale = riskCards.filter((card) => card.stale).map((card) => card.plotName);
  return (
    <PrintSection
      title={t('farmPlanReport.risk.title')}
      intro={t('farmPlanReport.risk.intro', { scenario: labels.scenario(plan.scenarioId) })}
      pageBreak
      testId="farm-report-risk"
    >
      {stale.length > 0 && (
        <p className="print-callout">{t('farmPlanReport.risk.stale', { plots: stale.join(', ') })}</p>
      )}
      {modelHazards.map((hazard) => (
        <HazardTable key={hazard} hazard={hazard} rows={rows} scenarioId={plan.scenarioId} />
      ))}
    </PrintSection>
  );
}
