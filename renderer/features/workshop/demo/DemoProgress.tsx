import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../shared/api/errors.js';
import type { DemoSwitch } from '../../../../shared/api/demo.js';
import type { JobState } from '../../../api/use-job.js';
import { ErrorNotice } from '../../../components/ErrorNotice.js';
import { JobProgressBar } from '../../../components/JobProgressBar.js';

const stages = ['organisation', 'families', 'layers', 'risk', 'income', 'plans', 'finish'] as const;
const isStage = (stage: string): stage is (typeof stages)[number] => (stages as readonly string[]).includes(stage);

/** The demo is swapped only when nothing else runs: say so in words, not as a generic conflict. */
export function isBusy(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.code !== 'CONFLICT') return false;
  const details = error.details as { reason?: unknown } | undefined;
  return details?.reason === 'BUSY';
}

export function DemoError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (isBusy(error)) {
    return (
      <p className="notice notice-error" role="alert" data-testid="demo-busy">
        {t('demo.busy')}
      </p>
    );
  }
  return <ErrorNotice error={error} />;
}

/** A running load or reset: the bar and the step it is on ("Familias y parcelas"). */
export function DemoProgress({ state }: { state: JobState<DemoSwitch> }) {
  const { t } = useTranslation();
  if (state.phase === 'failed') return <DemoError error={state.error} />;
  if (state.phase !== 'running') return null;
  const stage = state.progress?.stage ?? '';
  return (
    <div className="job-progress demo-progress">
      <JobProgressBar progress={state.progress} label={t('demo.progressLabel')} testId="demo-progress" />
      <span className="muted" data-testid="demo-progress-stage">
        {isStage(stage) ? t(`demo.stage.${stage}`) : t('demo.progressLabel')}
      </span>
    </div>
  );
}
