import { ApiError } from '../../../shared/api/errors.js';
import type { ProgressEvent } from '../../../shared/api/errors.js';

/** What a `job` handler receives to report progress and notice cancellation. */
export interface JobContext {
  readonly callId: string;
  readonly signal: AbortSignal;
  progress(done: number, total: number | null, stage: string): void;
  throwIfCancelled(): void;
}

export function createJobContext(
  callId: string,
  signal: AbortSignal,
  emit: (event: ProgressEvent) => void,
): JobContext {
  return {
    callId,
    signal,
    progress: (done, total, stage) => emit({ callId, done, total, stage }),
    throwIfCancelled: () => {
      if (signal.aborted) throw new ApiError('CANCELLED', 'The operation was cancelled.');
    },
  };
}
