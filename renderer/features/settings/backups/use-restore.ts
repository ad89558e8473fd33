import { useState } from 'react';
import type { BackupInspection, BackupSource } from '../../../../shared/api/backups.js';
import type { ProgressEvent } from '../../../../shared/api/errors.js';
import { useApiContext } from '../../../api/api-context.js';
import { rememberRestore } from './restored-notice.js';

export type RestoreFlow =
  | { readonly phase: 'idle' }
  | { readonly phase: 'checking'; readonly fileName: string }
  | { readonly phase: 'confirming'; readonly source: BackupSource; readonly inspection: BackupInspection }
  | {
      readonly phase: 'restoring';
      readonly source: BackupSource;
      readonly inspection: BackupInspection;
      readonly progress: ProgressEvent | null;
    }
  | { readonly phase: 'reloading' }
  | { readonly phase: 'failed'; readonly error: unknown; readonly tooLargeMb?: number };

/**
 * A restore in three steps: check the backup (`backups.inspect`), show what
 * it would replace and wait for the user's yes, restore (`backups.restore`).
 *
 * Afterwards the page loads again from scratch. Every screen's data comes
 * back from the restored database through `invalidate()` alone, but not what
 * lives only in this page: the active organisation chosen in this session,
 * the language, open import previews, the map's caches. A full load is the
 * one way all of it starts from the restored data.
 */
export function useRestore() {
  const { api } = useApiContext();
  const [flow, setFlow] = useState<RestoreFlow>({ phase: 'idle' });
  const busy = flow.phase === 'checking' || flow.phase === 'restoring' || flow.phase === 'reloading';

  async function check(source: BackupSource, fileName: string): Promise<void> {
    setFlow({ phase: 'checking', fileName });
    try {
      const inspection = await api.backups.inspect({ source });
      setFlow({ phase: 'confirming', source, inspection });
    } catch (error) {
      setFlow({ phase: 'failed', error });
    }
  }

  async function confirm(): Promise<void> {
    if (flow.phase !== 'confirming') return;
    const { source, inspection } = flow;
    setFlow({ phase: 'restoring', source, inspection, progress: null });
    try {
      const result = await api.backups.restore(
        { source, confirm: true },
        {
          onProgress: (progress) =>
            setFlow((current) => (current.phase === 'restoring' ? { ...current, progress } : current)),
        },
      );
      rememberRestore({ safetyFileName: result.safetyBackup.fileName });
      setFlow({ phase: 'reloading' });
      window.location.reload();
    } catch (error) {
      setFlow({ phase: 'failed', error });
    }
  }

  return {
    flow,
    busy,
    check: (source: BackupSource, fileName: string) => void check(source, fileName),
    confirm: () => void confirm(),
    refuse: (error: unknown, tooLargeMb?: number) =>
      setFlow(tooLargeMb === undefined ? { phase: 'failed', error } : { phase: 'failed', error, tooLargeMb }),
    cancel: () => setFlow({ phase: 'idle' }),
  };
}

export type RestoreControls = ReturnType<typeof useRestore>;
