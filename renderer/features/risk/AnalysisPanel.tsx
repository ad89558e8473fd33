import { useTranslation } from 'react-i18next';
import type { QueryState } from '../../api/use-api-query.js';
import type { RiskStatus } from '../../../shared/api/risk.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { AnalysisRun } from './AnalysisRun.js';
import { AnalysisStatus } from './AnalysisStatus.js';
import { useRiskAnalysis } from './use-risk-analysis.js';

/**
 * Where the analysis is started: the status in words, "Analizar" (only what
 * changed), "Reanalizar todo" (force) and, while it runs, progress and Cancel.
 */
export function AnalysisPanel({ organisationId, status }: { organisationId: string; status: QueryState<RiskStatus> }) {
  const { t } = useTranslation();
  const analysis = useRiskAnalysis();
  const running = analysis.state.phase === 'running';
  const plots = status.status === 'ready' ? status.data.plots : 0;
  return (
    <section
      className="card risk-analysis"
      aria-labelledby="risk-analysis-heading"
      data-testid="risk-analysis"
      data-tour="risk-analysis"
    >
      <h2 id="risk-analysis-heading">{t('riskDashboard.analysis.title')}</h2>
      {status.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {status.status === 'error' && <ErrorNotice error={status.error} />}
      {status.status === 'ready' && <AnalysisStatus status={status.data} />}
      <div className="button-row risk-analysis-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="risk-analyse"
          disabled={running || plots === 0}
          onClick={() => void analysis.start({ organisationId })}
        >
          {t('riskDashboard.analysis.analyse')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="risk-analyse-all"
          disabled={running || plots === 0}
          title={t('riskDashboard.analysis.forceHint')}
          onClick={() => void analysis.start({ organisationId, force: true })}
        >
          {t('riskDashboard.analysis.force')}
        </button>
      </div>
      <p className="field-hint">{t('riskDashboard.analysis.hint')}</p>
      <AnalysisRun state={analysis.state} onCancel={analysis.cancel} testId="risk-run" />
    </section>
  );
}
