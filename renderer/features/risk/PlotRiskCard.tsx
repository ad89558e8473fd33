import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlotRiskCard as PlotRiskCardData } from '../../../shared/api/risk.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useFormat } from '../../i18n/use-format.js';
import { AnalysisRun } from './AnalysisRun.js';
import { LayerFindings } from './LayerFindings.js';
import { ModelInputsUsed } from './ModelInputsUsed.js';
import { RiskMatrix } from './RiskMatrix.js';
import { riskHref } from './risk-routes.js';
import { useRiskAnalysis } from './use-risk-analysis.js';
import { useNarrow } from './use-narrow.js';
import { usePlotRisk } from './use-risk-queries.js';

interface PlotRiskCardProps {
  readonly plotId: string;
  /** The plot's organisation: `risk.analyse` runs per organisation. */
  readonly organisationId: string;
}

/**
 * One plot's climate risk: each hazard's level per scenario with its reasons,
 * the temperature and altitude the model used, what each layer found, when
 * it was analysed, and a warning with "Reanalizar" when that is out of date.
 * Shown in the dashboard (a row's dialog) and in the map's side panel.
 */
export function PlotRiskCard({ plotId, organisationId }: PlotRiskCardProps) {
  const { t } = useTranslation();
  const state = usePlotRisk(plotId);
  const root = useRef<HTMLDivElement>(null);
  const narrow = useNarrow(root, NARROW_BELOW_PX);
  return (
    <div
      ref={root}
      className="plot-risk-card"
      data-testid="plot-risk-card"
      data-tour="plot-risk-card"
      data-plot-id={plotId}
      data-stale={state.status === 'ready' ? state.data.stale : undefined}
    >
      {state.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorNotice error={state.error} />}
      {state.status === 'ready' && <CardBody card={state.data} organisationId={organisationId} narrow={narrow} />}
    </div>
  );
}

/** Below this width (the map's ~20rem side panel) the levels table stacks each hazard's name above its levels. */
const NARROW_BELOW_PX = 480;

function CardBody({
  card,
  organisationId,
  narrow,
}: {
  card: PlotRiskCardData;
  organisationId: string;
  narrow: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const analysis = useRiskAnalysis();
  const running = analysis.state.phase === 'running';
  const analyse = (): void => void analysis.start({ organisationId, plotIds: [card.plotId] });
  const analysed = card.analysedAt !== null && card.assessments.length > 0;

  return (
    <>
      {!analysed && (
        <div className="notice" data-testid="plot-risk-never">
          <p className="notice-summary">{t('riskDashboard.card.neverAnalysed')}</p>
          <button
            type="button"
            className="button button-small"
            disabled={running}
            onClick={analyse}
            data-testid="plot-risk-analyse"
          >
            {t('riskDashboard.card.analyse')}
          </button>
        </div>
      )}
      {analysed && card.stale && (
        <div className="notice notice-warning" data-testid="plot-risk-stale">
          <p className="notice-summary">{t('riskDashboard.card.stale')}</p>
          <button
            type="button"
            className="button button-small"
            disabled={running}
            onClick={analyse}
            data-testid="plot-risk-reanalyse"
          >
            {t('riskDashboard.card.reanalyse')}
          </button>
        </div>
      )}
      <AnalysisRun state={analysis.state} onCancel={analysis.cancel} testId="plot-risk-run" />
      {analysed && (
        <>
          <p className="muted plot-risk-when" data-testid="plot-risk-analysed-at">
            {t('riskDashboard.card.analysedAt', { date: format.date(card.analysedAt ?? '') })}
          </p>
          <p className="field-hint">{t('riskDashboard.card.expandHint')}</p>
          <RiskMatrix assessments={card.assessments} narrow={narrow} />
          <h4>{t('riskDashboard.card.inputsTitle')}</h4>
          <ModelInputsUsed assessments={card.assessments} />
          <h4>{t('riskDashboard.card.layersTitle')}</h4>
          <LayerFindings layers={card.layers} />
          <p className="plot-risk-method">
            <a href={riskHref.methodology}>{t('riskDashboard.card.methodology')}</a>
          </p>
        </>
      )}
    </>
  );
}
