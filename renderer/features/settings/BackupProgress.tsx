import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice.js';
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
      const { progress } = state;
      // Without a total the bar is indeterminate (no `value`), not stuck at 0 %.
      const known = progress !== null && progress.total !== null && progress.total > 0;
      const percent = known ? Math.round((progress.done / (progress.total ?? 1)) * 100) : null;
      return (
        <div className="job-progress">
          <progress
            data-testid="backup-progress"
            aria-label={t('backups.progressLabel')}
            max={known ? (progress.total ?? undefined) : undefined}
            value={known ? progress.done : undefined}
          />
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
      return <ErrorNotice error={state.error} />;
    default:
      return assertNever(state, 'backup job phase');
  }
}
