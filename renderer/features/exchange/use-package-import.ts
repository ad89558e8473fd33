import { useState } from 'react';
import { useApiContext } from '../../api/api-context.js';
import { desktopPathOf, pickedFileSource } from '../../api/picked-file.js';
import type { PickedFileSource } from '../../api/picked-file.js';
import { useJob } from '../../api/use-job.js';
import { MAX_IMPORT_BYTES } from '../import/import-files.js';
import { PackageTooLarge } from './ExchangeErrorNotice.js';

export type PackageFileState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'reading'; readonly fileName: string }
  | { readonly phase: 'read'; readonly fileName: string; readonly source: PickedFileSource }
  | { readonly phase: 'failed'; readonly fileName: string; readonly error: unknown };

/**
 * "Importar paquete" in two jobs on the same file: `exchange.inspect` (the
 * dry run the preview shows; nothing written) and, on the user's yes,
 * `exchange.import`. On the desktop the core reads the file by path; browser
 * mode sends it as base64, up to the import limit.
 */
export function usePackageImport() {
  const { api, invalidate } = useApiContext();
  const [file, setFile] = useState<PackageFileState>({ phase: 'idle' });
  const inspect = useJob((source: PickedFileSource, options) => api.exchange.inspect({ source }, options));
  // Rows, status and conflicts all change: every query on screen reloads.
  const apply = useJob((source: PickedFileSource, options) => api.exchange.import({ source }, options), invalidate);

  function reset(): void {
    inspect.reset();
    apply.reset();
    setFile({ phase: 'idle' });
  }

  async function choose(chosen: File): Promise<void> {
    inspect.reset();
    apply.reset();
    if (!desktopPathOf(chosen) && chosen.size > MAX_IMPORT_BYTES) {
      // Refused before reading: the page would have to hold it all as base64.
      setFile({ phase: 'failed', fileName: chosen.name, error: new PackageTooLarge(chosen.name) });
      return;
    }
    setFile({ phase: 'reading', fileName: chosen.name });
    try {
      const source = await pickedFileSource(chosen);
      setFile({ phase: 'read', fileName: chosen.name, source });
      await inspect.start(source);
    } catch (error) {
      setFile({ phase: 'failed', fileName: chosen.name, error });
    }
  }

  function confirm(): void {
    if (file.phase === 'read') void apply.start(file.source);
  }

  return { file, inspect, apply, choose: (chosen: File) => void choose(chosen), confirm, reset };
}

export type PackageImport = ReturnType<typeof usePackageImport>;
