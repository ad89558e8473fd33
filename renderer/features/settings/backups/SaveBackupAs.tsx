import { useTranslation } from 'react-i18next';
import { useApiContext } from '../../../api/api-context.js';
import { useJob } from '../../../api/use-job.js';
import { JobProgressBar } from '../../../components/JobProgressBar.js';
import { downloadBase64 } from '../../export/download-file.js';
import { BackupErrorNotice } from './BackupErrorNotice.js';

/**
 * "Guardar copia como…": a consistent copy made by the core (`backups.download`)
 * and handed to the browser as a download. In browser mode that is the
 * browser's download; on the desktop Electron asks where to save it with
 * its own save dialog (the shell has no save-file IPC, and needs none).
 */
export function SaveBackupAs({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const { api } = useApiContext();
  const job = useJob((_input: void, options) => api.backups.download({}, options), downloadBase64);
  const running = job.state.phase === 'running';
  return (
    <div className="save-backup">
      <button
        type="button"
        className="button"
        data-testid="backup-save-as"
        disabled={disabled || running}
        title={t('backupRestore.saveAsHint')}
        onClick={() => void job.start(undefined)}
      >
        {t('backupRestore.saveAs')}
      </button>
      {job.state.phase === 'running' && (
        <div className="job-progress">
          <JobProgressBar
            progress={job.state.progress}
            label={t('backupRestore.saving')}
            testId="backup-save-progress"
          />
          <span>{t('backupRestore.saving')}</span>
        </div>
      )}
      {job.state.phase === 'done' && (
        <p className="notice notice-success" role="status" data-testid="backup-saved">
          {t('backupRestore.saved', { fileName: job.state.value.fileName })}
        </p>
      )}
      {job.state.phase === 'failed' && <BackupErrorNotice error={job.state.error} />}
    </div>
  );
}
