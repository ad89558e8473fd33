import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInspection } from '../../../../shared/api/backups.js';
import type { ProgressEvent } from '../../../../shared/api/errors.js';
import { JobProgressBar } from '../../../components/JobProgressBar.js';
import { RestoreComparison } from './RestoreComparison.js';

interface RestoreConfirmDialogProps {
  readonly inspection: BackupInspection;
  /** Set while the restore runs: the buttons are off and the progress shows. */
  readonly restoring: { progress: ProgressEvent | null } | null;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * The last word before a restore, in a modal <dialog>: what the check found,
 * the current data next to the backup's, and that a safety copy is taken
 * first. Esc or Cancel closes it (not while the restore runs); focus starts
 * on Cancel, so Enter alone never restores.
 */
export function RestoreConfirmDialog({ inspection, restoring, onConfirm, onCancel }: RestoreConfirmDialogProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    cancelRef.current?.focus();
    return () => {
      dialog.close();
      opener?.focus({ preventScroll: true });
    };
  }, []);
  const { backup, current } = inspection;
  const checks = [
    t('backupRestore.confirm.checks.sqlite'),
    t('backupRestore.confirm.checks.cafetal'),
    t('backupRestore.confirm.checks.integrity'),
    t('backupRestore.confirm.checks.references'),
  ];
  return (
    <dialog
      ref={dialogRef}
      className="restore-dialog"
      aria-labelledby="restore-dialog-title"
      data-testid="restore-dialog"
      onCancel={(event) => {
        event.preventDefault();
        if (!restoring) onCancel();
      }}
    >
      <h2 id="restore-dialog-title">{t('backupRestore.confirm.title')}</h2>
      <p className="muted">{t('backupRestore.confirm.file', { fileName: inspection.fileName })}</p>
      <h3>{t('backupRestore.confirm.checksTitle')}</h3>
      <ul className="restore-checks" data-testid="restore-checks">
        {checks.map((text) => (
          <li key={text} className="check-ok">
            {text}
          </li>
        ))}
        <li className={inspection.willMigrate ? 'check-note' : 'check-ok'} data-testid="restore-schema">
          {inspection.willMigrate
            ? t('backupRestore.confirm.checks.schemaOlder', { from: backup.schemaVersion, to: current.schemaVersion })
            : t('backupRestore.confirm.checks.schemaSame', { version: backup.schemaVersion })}
        </li>
      </ul>
      <RestoreComparison inspection={inspection} />
      <p className="notice" data-testid="restore-warning">
        {t('backupRestore.confirm.warning')}
      </p>
      {restoring && (
        <div className="job-progress">
          <JobProgressBar
            progress={restoring.progress}
            label={t('backupRestore.progressLabel')}
            testId="restore-progress"
          />
          <span>{t('backupRestore.restoring')}</span>
        </div>
      )}
      <div className="restore-dialog-actions">
        <button type="button" className="button" ref={cancelRef} disabled={restoring !== null} onClick={onCancel}>
          {t('backupRestore.confirm.cancel')}
        </button>
        <button
          type="button"
          className="button button-danger"
          data-testid="restore-confirm"
          disabled={restoring !== null}
          onClick={onConfirm}
        >
          {t('backupRestore.confirm.confirm')}
        </button>
      </div>
    </dialog>
  );
}
