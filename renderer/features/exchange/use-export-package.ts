import type { InputOf } from '../../../shared/api/contract.js';
import { useApiContext } from '../../api/api-context.js';
import { useJob } from '../../api/use-job.js';
import { downloadBase64 } from '../export/download-file.js';

export type PackageExportOptions = InputOf<'exchange.download'>;

/**
 * "Exportar paquete" as a job (`exchange.download`): the core signs the
 * package and returns it; the page hands it over as a download, which is
 * the browser's download in browser mode and Electron's save dialog on the
 * desktop (as "Guardar copia como…" does: the shell has no save-file IPC).
 * The first package also puts this laptop in a network: status reloads.
 */
export function useExportPackage() {
  const { api, invalidate } = useApiContext();
  return useJob(
    (input: PackageExportOptions, options) => api.exchange.download(input, options),
    (written) => {
      if (written.dataBase64 !== undefined) {
        // A signed binary: no type a browser might try to open or "fix".
        downloadBase64({
          fileName: written.fileName,
          mimeType: 'application/octet-stream',
          dataBase64: written.dataBase64,
        });
      }
      invalidate();
    },
  );
}
