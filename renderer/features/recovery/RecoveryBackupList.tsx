import { useTranslation } from 'react-i18next';
import type { BackupRefusalReason } from '../../../shared/api/backups.js';
import type { RecoveryBackup } from '../../../shared/api/recovery.js';
import { useFormat } from '../../i18n/use-format.js';

interface Props {
  readonly backups: readonly RecoveryBackup[];
  readonly busy: boolean;
  readonly onRestore: (backupFileName: string) => void;
}

/** How many backups the screen lists: the newest few are what anyone restores. */
const SHOWN = 5;

/** The backups beside the database, newest first: when, what they hold, and "Restaurar esta copia". */
export function RecoveryBackupList({ backups, busy, onRestore }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const newest = backups.find((choice) => choice.refusal === null);
  return (
    <ol className="recovery-backups" data-testid="recovery-backups">
      {backups.slice(0, SHOWN).map((choice) => {
        const { backup, summary, refusal } = choice;
        const isNewest = choice === newest;
        return (
          <li
            key={backup.fileName}
            className={`recovery-backup${isNewest ? ' recovery-backup-newest' : ''}`}
            data-testid="recovery-backup"
            data-file={backup.fileName}
            data-usable={refusal === null || refusal === 'NOT_CHECKED'}
          >
            <div className="recovery-backup-head">
              <strong className="recovery-backup-date">
                {format.date(backup.createdAt, { dateStyle: 'long', timeStyle: 'short' })}
              </strong>
              <span className={`backup-kind backup-kind-${backup.kind}`}>
                {t(`backupRestore.kinds.${backup.kind}`)}
              </span>
              {isNewest && <span className="recovery-badge">{t('recovery.newest')}</span>}
            </div>
            <div className="recovery-backup-file">
              <code title={backup.path}>{backup.fileName}</code> · {format.bytes(backup.sizeBytes)}
            </div>
            {summary && (
              <>
                <p className="recovery-backup-holds">{t('recovery.holds', summary.counts)}</p>
                {summary.lastChangeAt && (
                  <p className="recovery-backup-last muted">
                    {t('recovery.lastChange', {
                      date: format.date(summary.lastChangeAt, { dateStyle: 'long', timeStyle: 'short' }),
                    })}
                  </p>
                )}
              </>
            )}
            {refusal === 'NOT_CHECKED' && <p className="muted">{t('recovery.notChecked')}</p>}
            {refusal !== null && refusal !== 'NOT_CHECKED' && (
              <p className="recovery-backup-unusable">
                {t('recovery.unusable', { reason: t(`backupRestore.refusals.${refusal as BackupRefusalReason}`) })}
              </p>
            )}
            {(refusal === null || refusal === 'NOT_CHECKED') && (
              <button
                type="button"
                className={`button${isNewest ? ' button-primary' : ''}`}
                data-testid="recovery-restore"
                disabled={busy}
                onClick={() => onRestore(backup.fileName)}
              >
                {t('recovery.restore')}
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
