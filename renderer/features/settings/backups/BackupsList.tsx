import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../../shared/api/backups.js';
import { useFormat } from '../../../i18n/use-format.js';
import type { RestoreControls } from './use-restore.js';

/** The backups kept beside the database (automatic ones and safety copies), each with "Restaurar". */
export function BackupsList({ backups, restore }: { backups: readonly Backup[]; restore: RestoreControls }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (backups.length === 0) {
    return (
      <p className="empty-state" data-testid="backups-empty">
        {t('backups.empty')}
      </p>
    );
  }
  return (
    <table className="data-table" data-testid="backups-table">
      <caption className="visually-hidden">{t('backups.listLabel')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('backups.columns.createdAt')}</th>
          <th scope="col">{t('backupRestore.columns.kind')}</th>
          <th scope="col">{t('backups.columns.fileName')}</th>
          <th scope="col" className="cell-number">
            {t('backups.columns.size')}
          </th>
          <th scope="col">
            <span className="visually-hidden">{t('backupRestore.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((backup) => (
          <tr key={backup.fileName} data-testid="backup-row" data-kind={backup.kind}>
            <td className="backup-date">
              {format.date(backup.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
            </td>
            <td>
              <span className={`backup-kind backup-kind-${backup.kind}`}>
                {t(`backupRestore.kinds.${backup.kind}`)}
              </span>
            </td>
            <td>
              <code title={backup.path}>{backup.fileName}</code>
            </td>
            <td className="cell-number">{format.bytes(backup.sizeBytes)}</td>
            <td className="cell-actions">
              <button
                type="button"
                className="button button-small"
                data-testid="backup-restore"
                disabled={restore.busy}
                onClick={() => restore.check({ backupFileName: backup.fileName }, backup.fileName)}
              >
                {t('backupRestore.restore')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
