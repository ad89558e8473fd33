import './recovery.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryStatus } from '../../../shared/api/recovery.js';
import { useFormat } from '../../i18n/use-format.js';
import { BackupErrorNotice } from '../settings/backups/BackupErrorNotice.js';
import { RecoveryBackupList } from './RecoveryBackupList.js';
import { useRecoveryRestore } from './use-recovery-restore.js';

type Damaged = Extract<RecoveryStatus, { state: 'damaged' }>;

/** `cafetal.sqlite` → `cafetal.danado-….sqlite`: the name the damaged file will be kept under. */
const damagedNameOf = (dbPath: string): string => {
  const fileName = dbPath.split(/[\\/]/).pop() ?? dbPath;
  return `${fileName.replace(/\.sqlite$/, '')}.danado-….sqlite`;
};

/**
 * What the app shows instead of itself when its database was found damaged
 * at start: what happened, where the file is, the newest automatic backups
 * with what they hold, "Restaurar esta copia" and "Salir". Nothing here can
 * change the damaged file: a restore moves it aside and keeps it.
 */
export function RecoveryScreen({ status }: { status: Damaged }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { flow, busy, restore, quit } = useRecoveryRestore();
  const { damage } = status;
  const title = t('recovery.title');
  useEffect(() => {
    document.title = `${title} — Cafetal`;
  }, [title]);
  const otherLanguage = i18n.language === 'en' ? 'es-PE' : 'en';

  return (
    <main className="recovery-page" data-testid="recovery-screen" data-reason={damage.reason}>
      <header className="recovery-header">
        <span className="app-mark" aria-hidden="true" />
        <span className="app-name">{t('app.name')}</span>
        <button
          type="button"
          className="button button-small recovery-language"
          lang={otherLanguage}
          onClick={() => void i18n.changeLanguage(otherLanguage)}
        >
          {otherLanguage === 'en' ? 'English' : 'Español'}
        </button>
      </header>
      <h1>{title}</h1>
      <p className="recovery-intro">{t('recovery.intro')}</p>

      <section className="notice notice-error recovery-damage" aria-labelledby="recovery-what">
        <p className="notice-summary" id="recovery-what">
          {t(`recovery.reasons.${damage.reason}`)}
        </p>
        <p className="recovery-file">
          {t('recovery.file')}: <code data-testid="recovery-path">{damage.path}</code>
        </p>
        <p className="recovery-file-facts">
          {t('recovery.fileFacts', {
            size: format.bytes(damage.sizeBytes),
            date: format.date(damage.modifiedAt, { dateStyle: 'long', timeStyle: 'short' }),
          })}
        </p>
        {damage.problems.length > 0 && (
          <details className="notice-details">
            <summary>{t('recovery.problems')}</summary>
            <ul className="recovery-problems">
              {damage.problems.map((problem, index) => (
                <li key={index}>
                  <code>{problem}</code>
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>

      <section aria-labelledby="recovery-backups-title">
        <h2 id="recovery-backups-title">{t('recovery.backupsTitle')}</h2>
        {status.backups.length === 0 ? (
          <p className="empty-state" data-testid="recovery-no-backups">
            {t('recovery.noBackups')}
          </p>
        ) : (
          <>
            <p>{t('recovery.backupsHint', { damagedName: damagedNameOf(damage.path) })}</p>
            <RecoveryBackupList backups={status.backups} busy={busy} onRestore={restore} />
          </>
        )}
        <p className="muted recovery-folder">{t('recovery.backupsFolder', { folder: status.backupDir })}</p>
      </section>

      <div aria-live="polite">
        {flow.phase === 'restoring' && <p className="notice">{t('recovery.restoring')}</p>}
        {flow.phase === 'restored' && (
          <div className="notice notice-success" data-testid="recovery-restored">
            <p className="notice-summary">{t('recovery.restored', { path: flow.result.damagedMovedTo })}</p>
            <p>{t('recovery.reloading')}</p>
          </div>
        )}
        {flow.phase === 'failed' && <BackupErrorNotice error={flow.error} />}
        {flow.phase === 'quitting' && <p className="notice">{t('recovery.quitting')}</p>}
      </div>

      {status.canQuit && (
        <div className="recovery-actions">
          <button type="button" className="button" data-testid="recovery-quit" disabled={busy} onClick={quit}>
            {t('recovery.quit')}
          </button>
        </div>
      )}
    </main>
  );
}
