import { useState } from 'react';
import type { InputOf } from '../../../shared/api/contract.js';
import { ApiError } from '../../../shared/api/errors.js';
import type { Layer } from '../../../shared/domain/layer.js';
import { useApi } from '../../api/api-context.js';
import { useJob } from '../../api/use-job.js';
import { MAX_IMPORT_BYTES, fileToBase64 } from '../import/import-files.js';

export type LayerSource = { readonly fileName: string; readonly dataBase64: string };
export type AddLayerInput = InputOf<'layers.add'>;

export type FileReadState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'reading'; readonly fileName: string }
  | { readonly phase: 'read'; readonly source: LayerSource }
  | { readonly phase: 'failed'; readonly fileName: string; readonly error: unknown };

/**
 * The add dialog's two jobs: `layers.inspect` on the chosen file (to pick
 * its class field, levels, unit…), then `layers.add` with the same bytes.
 * The file is read once, in the page, as base64 (browser mode has no path).
 */
export function useAddLayer(onAdded: (layer: Layer) => void) {
  const api = useApi();
  const [file, setFile] = useState<FileReadState>({ phase: 'idle' });
  const inspect = useJob((source: LayerSource, options) => api.layers.inspect({ source }, options));
  const add = useJob((input: AddLayerInput, options) => api.layers.add(input, options), onAdded);

  async function choose(chosen: File): Promise<void> {
    inspect.reset();
    add.reset();
    if (chosen.size > MAX_IMPORT_BYTES) {
      // Refused before reading, in the same words as the core's own refusal.
      const error = new ApiError('FILE_UNREADABLE', 'The file is too large.', { reason: 'TOO_LARGE' });
      setFile({ phase: 'failed', fileName: chosen.name, error });
      return;
    }
    setFile({ phase: 'reading', fileName: chosen.name });
    try {
      const source = { fileName: chosen.name, dataBase64: await fileToBase64(chosen) };
      setFile({ phase: 'read', source });
      await inspect.start(source);
    } catch (error) {
      setFile({ phase: 'failed', fileName: chosen.name, error });
    }
  }

  function reset(): void {
    inspect.cancel();
    inspect.reset();
    add.reset();
    setFile({ phase: 'idle' });
  }

  return { file, inspect, add, choose, reset };
}
