import { useRef, useState } from 'react';
import type { InputOf, OutputOf } from '../../../shared/api/contract.js';
import { ApiError } from '../../../shared/api/errors.js';
import type { ProgressEvent } from '../../../shared/api/errors.js';
import { useApiContext } from '../../api/api-context.js';

export type CommitResult = OutputOf<'imports.commit'>;

export type CommitState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly progress: ProgressEvent | null; readonly cancelling: boolean }
  | { readonly phase: 'done'; readonly result: CommitResult }
  | { readonly phase: 'cancelled' }
  | { readonly phase: 'failed'; readonly error: unknown };

/**
 * Runs `imports.commit` as a job, like the backup job in Ajustes: progress
 * while it validates, cancel through an AbortController. The core writes in
 * one transaction after planning, so a cancel leaves the database unchanged.
 */
export function useImportCommit() {
  const { api, invalidate } = useApiContext();
  const [state, setState] = useState<CommitState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);

  async function start(input: InputOf<'imports.commit'>): Promise<void> {
    if (controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    setState({ phase: 'running', progress: null, cancelling: false });
    try {
      const result = await api.imports.commit(input, {
        signal: abort.signal,
        onProgress: (progress) =>
          setState((current) => (current.phase === 'running' ? { ...current, progress } : current)),
      });
      setState({ phase: 'done', result });
      // Producers, plots and the map reload with what was just written.
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

  const reset = (): void => setState({ phase: 'idle' });

  return { state, start, cancel, reset };
}
