import { useEffect, useRef, useState } from 'react';
import type { InputOf, OutputOf } from '../../../shared/api/contract.js';
import { ApiError } from '../../../shared/api/errors.js';
import { useApi } from '../../api/api-context.js';
import { MAX_IMPORT_BYTES, fileToBase64 } from './import-files.js';

export type OpenedImport = OutputOf<'imports.open'>;
export type CsvOptions = NonNullable<InputOf<'imports.open'>['csv']>;

export type FileState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'reading'; readonly fileName: string }
  | { readonly phase: 'opened'; readonly file: File; readonly opened: OpenedImport }
  | { readonly phase: 'failed'; readonly file: File; readonly error: unknown };

/**
 * The wizard's file: read in the page, sent to `imports.open`, and closed on
 * the core (`imports.close`) when another file is chosen or the wizard goes
 * away, so parsed files do not pile up in memory.
 */
export function useImportFile(organisationId: string) {
  const api = useApi();
  const [state, setState] = useState<FileState>({ phase: 'idle' });
  const openId = useRef<string | null>(null);
  const running = useRef<AbortController | null>(null);

  useEffect(
    () => () => {
      running.current?.abort();
      if (openId.current) void api.imports.close({ importId: openId.current }).catch(() => undefined);
    },
    [api],
  );

  function closeCurrent(): void {
    running.current?.abort();
    running.current = null;
    if (openId.current) void api.imports.close({ importId: openId.current }).catch(() => undefined);
    openId.current = null;
  }

  async function open(file: File, csv?: CsvOptions): Promise<OpenedImport | null> {
    closeCurrent();
    if (file.size > MAX_IMPORT_BYTES) {
      // Refused before reading: the same words as the core's own refusal.
      const error = new ApiError('FILE_UNREADABLE', 'The file is too large.', { reason: 'TOO_LARGE' });
      setState({ phase: 'failed', file, error });
      return null;
    }
    const abort = new AbortController();
    running.current = abort;
    setState({ phase: 'reading', fileName: file.name });
    try {
      const dataBase64 = await fileToBase64(file);
      const opened = await api.imports.open(
        { source: { fileName: file.name, dataBase64 }, organisationId, ...(csv ? { csv } : {}) },
        { signal: abort.signal },
      );
      if (abort.signal.aborted) {
        void api.imports.close({ importId: opened.importId }).catch(() => undefined);
        return null;
      }
      openId.current = opened.importId;
      setState({ phase: 'opened', file, opened });
      return opened;
    } catch (error) {
      if (!abort.signal.aborted) setState({ phase: 'failed', file, error });
      return null;
    } finally {
      if (running.current === abort) running.current = null;
    }
  }

  function reset(): void {
    closeCurrent();
    setState({ phase: 'idle' });
  }

  return { state, open, reset };
}
