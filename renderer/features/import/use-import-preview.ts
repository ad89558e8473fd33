import { useEffect, useMemo, useRef, useState } from 'react';
import type { InputOf, OutputOf } from '../../../shared/api/contract.js';
import type { ProgressEvent } from '../../../shared/api/errors.js';
import type { ImportMapping } from '../../../shared/domain/import.js';
import { useApi } from '../../api/api-context.js';

export type PreviewResult = OutputOf<'imports.preview'>;
type PreviewRequest = InputOf<'imports.preview'>;

/** What the user chose in the wizard; every change plans the import again. */
export interface ImportChoices {
  readonly crsCode: number | null;
  readonly mapping: ImportMapping;
  readonly defaultProducerId: string | null;
}

/** Choices made in a quick row (typing through selects) cause one preview, not one each. */
const DEBOUNCE_MS = 350;

type Answer =
  | { readonly request: PreviewRequest; readonly result: PreviewResult }
  | { readonly request: PreviewRequest; readonly error: unknown };

export interface PreviewState {
  /** The newest answer, kept on screen while a newer one is on its way. */
  readonly result: PreviewResult | null;
  /** True when `result` answers the current choices (safe to import from). */
  readonly fresh: boolean;
  /** The current choices' failure, if they failed. */
  readonly error: unknown;
  readonly progress: ProgressEvent | null;
}

/**
 * Runs `imports.preview` (writes nothing) for the open file and the current
 * choices, again whenever they change (debounced). A newer run cancels the
 * older one on the core, so only the last answer counts.
 */
export function useImportPreview(
  importId: string | null,
  organisationId: string,
  choices: ImportChoices,
): PreviewState {
  const api = useApi();
  const { crsCode, mapping, defaultProducerId } = choices;
  const request = useMemo(
    (): PreviewRequest | null =>
      importId === null ? null : { importId, organisationId, crsCode, mapping, defaultProducerId },
    [importId, organisationId, crsCode, mapping, defaultProducerId],
  );
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [latest, setLatest] = useState<{ importId: string; result: PreviewResult } | null>(null);
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  /** The file whose preview has answered once: later runs for it are debounced, a new file's first is not. */
  const answeredFor = useRef<string | null>(null);

  useEffect(() => {
    if (request === null) return;
    const abort = new AbortController();
    const run = async (): Promise<void> => {
      try {
        const result = await api.imports.preview(request, {
          signal: abort.signal,
          onProgress: (event) => !abort.signal.aborted && setProgress(event),
        });
        if (abort.signal.aborted) return;
        answeredFor.current = request.importId;
        setLatest({ importId: request.importId, result });
        setAnswer({ request, result });
      } catch (error) {
        if (!abort.signal.aborted) setAnswer({ request, error });
      } finally {
        if (!abort.signal.aborted) setProgress(null);
      }
    };
    // A file's first preview runs at once; later ones wait for the user to stop changing things.
    const timer = setTimeout(() => void run(), answeredFor.current === request.importId ? DEBOUNCE_MS : 0);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [api, request]);

  const current = answer !== null && answer.request === request ? answer : null;
  return {
    // Another file's answer is never shown for this one.
    result: latest !== null && latest.importId === importId ? latest.result : null,
    fresh: current !== null && 'result' in current,
    error: current !== null && 'error' in current ? current.error : null,
    progress,
  };
}
