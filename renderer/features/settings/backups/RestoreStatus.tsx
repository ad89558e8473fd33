import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assertNever } from '../../../lib/assert-never.js';
import { BackupErrorNotice } from './BackupErrorNotice.js';
import { RestoreConfirmDialog } from './RestoreConfirmDialog.js';
import { takeRestoreNote } from './restored-notice.js';
import type { RestoreControls } from './use-restore.js';

/** Where a restore stands: checking, the confirmation, a refusal, or the note after the reload. */
export function RestoreStatus({ restore }: { restore: RestoreControls }) {
  const { t } = useTranslation();
  // Read once per page load: the note a restore left before reloading.
  const [note] = useState(takeRestoreNote);
  const { flow } = restore;
  switch (flow.phase) {
    case 'idle':
      return note ? (
        <p className="notice notice-success" role="status" data-testid="restore-done">
          {t('backupRestore.restored', { fileName: note.safetyFileName })}
        </p>
      ) : null;
    case 'checking':
      return (
        <p className="notice" role="status" data-testid="restore-checking">
          {t('backupRestore.checking')} <code>{flow.fileName}</code>
        </p>
      );
    case 'confirming':
    case 'restoring':
      return (
        <RestoreConfirmDialog
          inspection={flow.inspection}
          restoring={flow.phase === 'restoring' ? { progress: flow.progress } : null}
          onConfirm={restore.confirm}
          onCancel={restore.cancel}
        />
      );
    case 'reloading':
      return (
        <p className="notice" role="status">
          {t('backupRestore.reloading')}
        </p>
      );
    case 'failed':
      return flow.tooLargeMb === undefined ? (
        <BackupErrorNotice error={flow.error} />
      ) : (
        <BackupErrorNotice error={flow.error} tooLargeMb={flow.tooLargeMb} />
      );
    default:
      return assertNever(flow, 'restore phase');
  }
}
