import type { InputOf, OutputOf } from '../../../shared/api/contract.js';
import { useApi } from '../../api/api-context.js';
import { useJob } from '../../api/use-job.js';
import type { JobState } from '../../api/use-job.js';
import { downloadBase64 } from './download-file.js';

export type ExportRequest = InputOf<'exports.download'>;
export type ExportResult = OutputOf<'exports.download'>;

export type ExportJobState = JobState<ExportResult>;

/**
 * Runs `exports.download` as a job (progress, cancel) and saves each file it
 * returns. `exports.write` is for the desktop save dialog and the CLI; this
 * works the same in browser mode and in the desktop window.
 */
export function useExportJob() {
  const api = useApi();
  const job = useJob(
    (request: ExportRequest, options) => api.exports.download(request, options),
    (result) => result.files.forEach(downloadBase64),
  );
  return { state: job.state, start: job.start, cancel: job.cancel };
}
