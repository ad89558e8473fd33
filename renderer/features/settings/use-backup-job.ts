import type { Backup } from '../../../shared/api/backups.js';
import { useApiContext } from '../../api/api-context.js';
import { useJob } from '../../api/use-job.js';
import type { JobState } from '../../api/use-job.js';

export type BackupJobState = JobState<Backup>;

/** Runs `backups.create` as a job: progress while it copies, cancel through an AbortController. */
export function useBackupJob() {
  const { api, invalidate } = useApiContext();
  const job = useJob((_input: void, options) => api.backups.create({}, options), invalidate);
  return { state: job.state, start: () => job.start(undefined), cancel: job.cancel };
}
