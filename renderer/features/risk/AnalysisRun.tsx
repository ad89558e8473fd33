import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { JobProgressBar, knownProgress } from '../../components/JobProgressBar.js';
import { useFormat } from '../../i18n/use-format.js';
import { assertNever } from '../../lib/assert-never.js';
import type { AnalysisJobState } from './use-risk-analysis.js';

interface AnalysisRunProps {
  readonly state: AnalysisJobState;
  readonly onCancel: () => void;
  /** Distinguishes the dashboard's run from a plot card's (both may be on one page). */
  readonly testId: string;
}

/** The analysis running (progress, cancel), or how the last run ended. */
export function AnalysisRun({ state, onCancel, testId }: AnalysisRunProps) {
  const { t } = useTranslation();
  const format = useFormat();
  switch (state.phase) {
    case 'idle':
      return null;
    case 'running': {
      const known = knownProgress(state.progress);
      return (
        <div className="risk-run" data-testid={`${testId}-running`}>
          <div className="job-progress">
            <JobProgressBar
              progress={state.progress}
              label={t('riskDashboard.run.running')}
              testId={`${testId}-progress`}
            />
            <span role="status">
              {known
                ? t('riskDashboard.run.progress', {
                    done: format.number(known.done),
                    total: format.number(known.total),
                  })
                : t('riskDashboard.run.running')}
            </span>
          </div>
          <button
            type="button"
            className="button button-quiet"
            onClick={onCancel}
            disabled={state.cancelling}
            data-testid={`${testId}-cancel`}
          >
            {state.cancelling ? t('riskDashboard.run.cancelling') : t('common.cancel')}
          </button>
        </div>
      );
    }
    case 'done':
      return (
        <p className="notice notice-success" role="status" data-testid={`${testId}-done`}>
          {state.value.analysed === 0
            ? t('riskDashboard.run.nothingToDo')
            : t('riskDashboard.run.done', {
                count: state.value.analysed,
                total: format.number(state.value.analysed),
                duration:
                  state.value.durationMs < 1000
                    ? t('riskDashboard.run.underASecond')
                    : t('riskDashboard.run.seconds', {
                        seconds: format.number(state.value.durationMs / 1000, { maximumFractionDigits: 1 }),
                      }),
              })}
        </p>
      );
    case 'cancelled':
      return (
        <p className="notice" role="status" data-testid={`${testId}-cancelled`}>
          {t('riskDashboard.run.cancelled')}
        </p>
      );
    case 'failed':
      return <ErrorNotice error={state.error} />;
    default:
      return assertNever(state, 'risk analysis phase');
  }
}
