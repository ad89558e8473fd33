import { useTranslation } from 'react-i18next';
import { BackupErrorNotice } from './backups/BackupErrorNotice.js';
import { JobProgressBar, knownProgress } from '../../components/JobProgressBar.js';
import { useFormat } from '../../i18n/use-format.js';
import { assertNever } from '../../lib/assert-never.js';
import type { BackupJobState } from './use-backup-job.js';

/** The running job's progress bar, or how the last run ended. */
export function BackupProgress({ state }: { state: BackupJobState }) {
  const { t } = useTranslation();
  const format = useFormat();
  switch (state.phase) {
    case 'idle':
      return null;
    case 'running': {
      const known = knownProgress(state.progress);
      const percent = known ? Math.round((known.done / known.total) * 100) : null;
      return (
        <div className="job-progress">
          <JobProgressBar progress={state.progress} label={t('backups.progressLabel')} testId="backup-progress" />
          {percent !== null && (
            <span className="job-percent">{format.number(percent / 100, { style: 'percent' })}</span>
          )}
        </div>
      );
    }
    case 'done':
      return (
        <p className="notice notice-success" role="status" data-testid="backup-result">
          {t('backups.created', { fileName: state.value.fileName })}
        </p>
      );
    case 'cancelled':
      return (
        <p className="notice" role="status" data-testid="backup-result">
          {t('backups.cancelled')}
        </p>
      );
    case 'failed':
      return <BackupErrorNotice error={state.error} />;
    default:
      return assertNever(state, 'backup job phase');
  }
}
