import { useTranslation } from 'react-i18next';
import { backupRefusalReasons } from '../../../../shared/api/backups.js';
import type { BackupRefusalReason } from '../../../../shared/api/backups.js';
import { ApiError } from '../../../../shared/api/errors.js';
import { ErrorNotice } from '../../../components/ErrorNotice.js';

const isRefusal = (reason: unknown): reason is BackupRefusalReason =>
  typeof reason === 'string' && (backupRefusalReasons as readonly string[]).includes(reason);

/**
 * Why a backup was refused or a restore could not run, in the user's words
 * (`backupRestore.refusals.<reason>`), with SQLite's own lines (integrity
 * check) folded away for a support call. Any other error: the app's notice.
 */
export function BackupErrorNotice({ error, tooLargeMb }: { error: unknown; tooLargeMb?: number }) {
  const { t } = useTranslation();
  if (tooLargeMb !== undefined) {
    return (
      <div className="notice notice-error" role="alert" data-testid="backup-refusal" data-reason="TOO_LARGE">
        <p className="notice-summary">{t('backupRestore.tooLarge', { maxMb: tooLargeMb })}</p>
      </div>
    );
  }
  const details = error instanceof ApiError ? (error.details as Record<string, unknown> | undefined) : undefined;
  const reason = details?.reason;
  if (!(error instanceof ApiError) || !isRefusal(reason)) return <ErrorNotice error={error} />;
  const lines = Array.isArray(details?.integrityCheck) ? (details.integrityCheck as string[]) : [];
  return (
    <div className="notice notice-error" role="alert" data-testid="backup-refusal" data-reason={reason}>
      <p className="notice-summary">{t(`backupRestore.refusals.${reason}`, details)}</p>
      <details className="notice-details">
        <summary>{t('backupRestore.problems')}</summary>
        <code>{error.message}</code>
        {lines.length > 0 && (
          <ul className="backup-problems">
            {lines.map((line, index) => (
              <li key={index}>
                <code>{line}</code>
              </li>
            ))}
          </ul>
        )}
      </details>
    </div>
  );
}
