import { useRef, useState } from 'react';
import type { CallOptions } from '../../shared/api/client-types.js';
import { ApiError } from '../../shared/api/errors.js';
import type { ProgressEvent } from '../../shared/api/errors.js';

export type JobState<T> =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly progress: ProgressEvent | null; readonly cancelling: boolean }
  | { readonly phase: 'done'; readonly value: T }
  | { readonly phase: 'cancelled' }
  | { readonly phase: 'failed'; readonly error: unknown };

/**
 * Runs one long API job at a time (backup, import, export): progress while it
 * works, cancel through an AbortController (the client turns it into
 * `jobs.cancel`), and CANCELLED told apart from a failure.
 */
export function useJob<I, T>(run: (input: I, options: CallOptions) => Promise<T>, onDone?: (value: T) => void) {
  const [state, setState] = useState<JobState<T>>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);

  async function start(input: I): Promise<void> {
    if (controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    setState({ phase: 'running', progress: null, cancelling: false });
    try {
      const value = await run(input, {
        signal: abort.signal,
        onProgress: (progress) =>
          setState((current) => (current.phase === 'running' ? { ...current, progress } : current)),
      });
      // Called from the job itself, not from an effect: a re-render never repeats it.
      onDone?.(value);
      setState({ phase: 'done', value });
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
