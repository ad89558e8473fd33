import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskRow } from '../../../shared/api/risk.js';
import type { Organisation } from '../../../shared/domain/organisation.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { AnalysisPanel } from './AnalysisPanel.js';
import { DistributionSection } from './DistributionSection.js';
import { PlotRiskDialog } from './PlotRiskDialog.js';
import { ProducerProfileSection } from './ProducerProfileSection.js';
import { ResultsSection } from './ResultsSection.js';
import type { Metric } from './risk-distribution.js';
import { comparedScenarios, defaultComparedScenario, isComparedScenario } from './risk-scenarios.js';
import type { ComparedScenario } from './risk-scenarios.js';
import { useRiskStatus, useRiskSummary } from './use-risk-queries.js';
import { useRiskLabels } from './use-risk-labels.js';

/**
 * The *Panel* tab: run the analysis, then read it three ways — per hazard
 * (charts), per producer (profile) and per plot (table, whose rows open
 * the plot's risk card).
 */
export function RiskPanel({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const labels = useRiskLabels();
  const scenarioSelect = useId();
  const organisationId = organisation.id;
  const status = useRiskStatus(organisationId);
  const summary = useRiskSummary(organisationId);
  const [compared, setCompared] = useState<ComparedScenario>(defaultComparedScenario);
  const [metric, setMetric] = useState<Metric>('plots');
  const [openRow, setOpenRow] = useState<RiskRow | null>(null);
  const analysedPlots = status.status === 'ready' ? status.data.upToDate + status.data.stale : 0;

  return (
    <div className="risk-panel" data-testid="risk-panel">
      <AnalysisPanel organisationId={organisationId} status={status} />
      {status.status === 'ready' && analysedPlots === 0 && (
        <p className="empty-state" data-testid="risk-no-results">
          {status.data.plots === 0 ? t('riskDashboard.noPlots') : t('riskDashboard.noResults')}
        </p>
      )}
      {analysedPlots > 0 && (
        <>
          <div className="risk-compare field-inline">
            <label htmlFor={scenarioSelect}>{t('riskDashboard.compareWith')}</label>
            <select
              id={scenarioSelect}
              data-testid="risk-compare-scenario"
              value={compared}
              onChange={(event) => {
                if (isComparedScenario(event.target.value)) setCompared(event.target.value);
              }}
            >
              {comparedScenarios.map((scenarioId) => (
                <option key={scenarioId} value={scenarioId}>
                  {labels.scenario(scenarioId)}
                </option>
              ))}
            </select>
          </div>
          {summary.status === 'error' && <ErrorNotice error={summary.error} />}
          {summary.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
          {summary.status === 'ready' && (
            <>
              <DistributionSection summary={summary.data} compared={compared} metric={metric} onMetric={setMetric} />
              <ProducerProfileSection summary={summary.data} compared={compared} />
            </>
          )}
          <ResultsSection organisationId={organisationId} organisationName={organisation.name} onOpen={setOpenRow} />
        </>
      )}
      {openRow && <PlotRiskDialog plot={openRow} organisationId={organisationId} onClose={() => setOpenRow(null)} />}
    </div>
  );
}
