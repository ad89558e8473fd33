import { useRef, useState } from 'react';
import type { InputOf, OutputOf } from '../../../shared/api/contract.js';
import { ApiError } from '../../../shared/api/errors.js';
import type { ProgressEvent } from '../../../shared/api/errors.js';
import { useApi } from '../../api/api-context.js';
import { downloadBase64 } from './download-file.js';

export type ExportRequest = InputOf<'exports.download'>;
export type ExportResult = OutputOf<'exports.download'>;

export type ExportJobState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly progress: ProgressEvent | null; readonly cancelling: boolean }
  | { readonly phase: 'done'; readonly result: ExportResult }
  | { readonly phase: 'cancelled' }
  | { readonly phase: 'failed'; readonly error: unknown };

/**
 * Runs `exports.download` as a job (progress, cancel) and saves each file it
 * returns. `exports.write` is for the desktop save dialog and the CLI; this
 * works the same in browser mode and in the desktop window.
 */
export function useExportJob() {
  const api = useApi();
  const [state, setState] = useState<ExportJobState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);

  async function start(request: ExportRequest): Promise<void> {
    if (controller.current) return;
    const abort = new AbortController();
    controller.current = abort;
    setState({ phase: 'running', progress: null, cancelling: false });
    try {
      const result = await api.exports.download(request, {
        signal: abort.signal,
        onProgress: (progress) =>
          setState((current) => (current.phase === 'running' ? { ...current, progress } : current)),
      });
      // Saved from the click's job, not from an effect: a re-render never downloads twice.
      result.files.forEach(downloadBase64);
      setState({ phase: 'done', result });
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
