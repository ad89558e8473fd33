import './backups/backups.css';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { BackupProgress } from './BackupProgress.js';
import { BackupsList } from './backups/BackupsList.js';
import { RestoreFromFile } from './backups/RestoreFromFile.js';
import { RestoreStatus } from './backups/RestoreStatus.js';
import { SaveBackupAs } from './backups/SaveBackupAs.js';
import { useRestore } from './backups/use-restore.js';
import { loadBackups } from './settings-queries.js';
import { useBackupJob } from './use-backup-job.js';

/**
 * Settings › Backups: a copy now (into the backups folder), a copy to a file
 * of the user's choice, and restores, from a kept backup or a file, each
 * checked and confirmed first (see backups/).
 */
export function BackupsPanel() {
  const { t } = useTranslation();
  const backups = useApiQuery(loadBackups);
  const job = useBackupJob();
  const restore = useRestore();
  const running = job.state.phase === 'running';

  return (
    <div className="backups" data-testid="backups-panel">
      <div className="backup-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="backup-create"
          disabled={running || restore.busy}
          onClick={() => void job.start()}
        >
          {t('backups.create')}
        </button>
        {running && (
          <button
            type="button"
            className="button"
            data-testid="backup-cancel"
            disabled={job.state.phase === 'running' && job.state.cancelling}
            onClick={job.cancel}
          >
            {t('backups.cancel')}
          </button>
        )}
        <SaveBackupAs disabled={restore.busy} />
        <RestoreFromFile restore={restore} />
      </div>
      <BackupProgress state={job.state} />
      <RestoreStatus restore={restore} />

      <h3>{t('backupRestore.listTitle')}</h3>
      {backups.status === 'loading' && <p className="muted">{t('backups.loading')}</p>}
      {backups.status === 'error' && <ErrorNotice error={backups.error} />}
      {backups.status === 'ready' && <BackupsList backups={backups.data} restore={restore} />}
    </div>
  );
}
