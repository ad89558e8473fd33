import { useState } from 'react';
import { ApiError } from '../../../shared/api/errors.js';
import type { Basemap } from '../../../shared/domain/basemap.js';
import { useApi } from '../../api/api-context.js';
import { useJob } from '../../api/use-job.js';
import { desktopPathOf, pickedFileSource } from '../../api/picked-file.js';
import type { PickedFileSource } from '../../api/picked-file.js';
import { MAX_IMPORT_BYTES } from '../import/import-files.js';

export type BasemapSource = PickedFileSource;

export type BasemapFileState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'reading'; readonly fileName: string }
  | { readonly phase: 'read'; readonly fileName: string; readonly source: BasemapSource }
  | { readonly phase: 'failed'; readonly fileName: string; readonly error: unknown };

/**
 * The add dialog's two jobs: `basemaps.inspect` on the chosen file (kind,
 * zooms, coverage), then `basemaps.add` with the same file. On the desktop
 * the core reads it by path (tilesets of several GB); browser mode has no
 * path, so the page reads it once as base64, up to the import limit.
 */
export function useAddBasemap(onAdded: (basemap: Basemap) => void) {
  const api = useApi();
  const [file, setFile] = useState<BasemapFileState>({ phase: 'idle' });
  const inspect = useJob((source: BasemapSource, options) => api.basemaps.inspect({ source }, options));
  const add = useJob(
    (input: { source: BasemapSource; name: string }, options) => api.basemaps.add(input, options),
    onAdded,
  );

  async function choose(chosen: File): Promise<void> {
    inspect.reset();
    add.reset();
    if (!desktopPathOf(chosen) && chosen.size > MAX_IMPORT_BYTES) {
      // Refused before reading: a 2 GB MBTiles must not fill the page's memory.
      const error = new ApiError('FILE_UNREADABLE', 'The file is too large.', { reason: 'TOO_LARGE' });
      setFile({ phase: 'failed', fileName: chosen.name, error });
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

  return { file, inspect, add, choose };
}
