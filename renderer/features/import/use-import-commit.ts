import type { InputOf, OutputOf } from '../../../shared/api/contract.js';
import { useApiContext } from '../../api/api-context.js';
import { useJob } from '../../api/use-job.js';
import type { JobState } from '../../api/use-job.js';

export type CommitResult = OutputOf<'imports.commit'>;
export type CommitState = JobState<CommitResult>;

/**
 * Runs `imports.commit` as a job: progress while it validates, cancel through
 * an AbortController. The core writes in one transaction after planning, so a
 * cancel leaves the database unchanged. Producers, plots and the map reload
 * with what was written.
 */
export function useImportCommit() {
  const { api, invalidate } = useApiContext();
  return useJob((input: InputOf<'imports.commit'>, options) => api.imports.commit(input, options), invalidate);
}
