import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useFormat } from '../../i18n/use-format.js';
import { BackupProgress } from './BackupProgress.js';
import { loadBackups } from './settings-queries.js';
import { useBackupJob } from './use-backup-job.js';

export function BackupsPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const backups = useApiQuery(loadBackups);
  const job = useBackupJob();
  const running = job.state.phase === 'running';

  return (
    <div className="backups" data-testid="backups-panel">
      <div className="backup-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="backup-create"
          disabled={running}
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
      </div>
      <BackupProgress state={job.state} />

      {backups.status === 'loading' && <p className="muted">{t('backups.loading')}</p>}
      {backups.status === 'error' && <ErrorNotice error={backups.error} />}
      {backups.status === 'ready' &&
        (backups.data.length === 0 ? (
          <p className="empty-state" data-testid="backups-empty">
            {t('backups.empty')}
          </p>
        ) : (
          <table className="data-table" data-testid="backups-table">
            <caption className="visually-hidden">{t('backups.listLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('backups.columns.fileName')}</th>
                <th scope="col">{t('backups.columns.createdAt')}</th>
                <th scope="col" className="cell-number">
                  {t('backups.columns.size')}
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.data.map((backup) => (
                <tr key={backup.fileName} data-testid="backup-row">
                  <td>
                    <code title={backup.path}>{backup.fileName}</code>
                  </td>
                  <td>{format.date(backup.createdAt)}</td>
                  <td className="cell-number">{format.bytes(backup.sizeBytes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </div>
  );
}
