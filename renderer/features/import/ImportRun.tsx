import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.js';
import { assertNever } from '../../lib/assert-never.js';
import { JobProgressBar, knownProgress } from '../../components/JobProgressBar.js';
import { ImportErrorNotice } from './ImportErrorNotice.js';
import { ImportResult } from './ImportResult.js';
import type { CommitState } from './use-import-commit.js';

interface ImportRunProps {
  readonly state: CommitState;
  readonly onCancel: () => void;
  readonly onBack: () => void;
  readonly onAnother: () => void;
}

/** Step 7: the import running (progress, cancel), then how it ended. */
export function ImportRun({ state, onCancel, onBack, onAnother }: ImportRunProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const back = (
    <button type="button" className="button" onClick={onBack} data-testid="import-back-to-review">
      {t('importWizard.run.backToReview')}
    </button>
  );
  switch (state.phase) {
    case 'idle':
      return null;
    case 'running': {
      const known = knownProgress(state.progress);
      const writing = state.progress?.stage === 'write';
      const text = writing
        ? t('importWizard.run.writing')
        : known
          ? t('importWizard.run.validating', {
              done: format.number(known.done),
              total: format.number(known.total),
            })
          : t('importWizard.run.starting');
      return (
        <section className="import-step import-narrow" aria-labelledby="import-step-heading">
          <h2 id="import-step-heading">{t('importWizard.run.title')}</h2>
          <div className="job-progress">
            {/* Writing is one transaction with no steps to count: the bar shows activity. */}
            <JobProgressBar
              progress={state.progress}
              label={t('importWizard.run.title')}
              testId="import-progress"
              indeterminate={writing}
            />
          </div>
          <p role="status" aria-live="polite" data-testid="import-progress-text">
            {text}
          </p>
          <p className="muted">{t('importWizard.run.cancelKeepsData')}</p>
          <button
            type="button"
            className="button button-quiet"
            onClick={onCancel}
            disabled={state.cancelling || writing}
            data-testid="import-cancel"
          >
            {state.cancelling ? t('importWizard.run.cancelling') : t('common.cancel')}
          </button>
        </section>
      );
    }
    case 'cancelled':
      return (
        <section className="import-step import-narrow">
          <p className="notice" role="status" data-testid="import-cancelled">
            {t('importWizard.run.cancelled')}
          </p>
          {back}
        </section>
      );
    case 'failed':
      return (
        <section className="import-step import-narrow">
          <p className="notice-summary">{t('importWizard.run.failed')}</p>
          <ImportErrorNotice error={state.error} />
          {back}
        </section>
      );
    case 'done':
      return <ImportResult result={state.value} onAnother={onAnother} />;
    default:
      return assertNever(state, 'import commit phase');
  }
}
