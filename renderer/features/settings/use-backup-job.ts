import { useRef, useState } from 'react';
import type { Backup } from '../../../shared/api/backups.js';
import { ApiError } from '../../../shared/api/errors.js';
import type { ProgressEvent } from '../../../shared/api/errors.js';
import { useApiContext } from '../../api/api-context.js';

export type BackupJobState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly progress: ProgressEvent | null; readonly cancelling: boolean }
  | { readonly phase: 'done'; readonly backup: Backup }
  | { readonly phase: 'cancelled' }
  | { readonly phase: 'failed'; readonly error: unknown };

/** Runs `backups.create` as a job: progress while it copies, cancel through an AbortController. */
export function useBackupJob() {
  const { api, invalidate } = useApiContext();
  const [state, setState] = useState<BackupJobState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);

  async function start(): Promise<void> {
    if (controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    setState({ phase: 'running', progress: null, cancelling: false });
    try {
      const backup = await api.backups.create(
        {},
        {
          signal: abort.signal,
          onProgress: (progress) =>
            setState((current) => (current.phase === 'running' ? { ...current, progress } : current)),
        },
      );
      setState({ phase: 'done', backup });
      invalidate();
    } catch (error) {
      const cancelled = error instanceof ApiError && error.code === 'CANCELLED';
      setState(cancelled ? { phase: 'cancelled' } : { phase: 'failed', error });
    } finally {
      controller.current = null;
    }
  }

  function cancel(): void {
    controller.current?.abort();
    setState((current) => (current.phase === 'running' ? { ...current, cancelling: true } : current));
  }

  return { state, start, cancel };
}
