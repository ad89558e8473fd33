import type { ProgressEvent } from '../../shared/api/errors.js';

/** Done and total when the job has said how much there is to do, else null. */
export function knownProgress(progress: ProgressEvent | null): { done: number; total: number } | null {
  return progress !== null && progress.total !== null && progress.total > 0
    ? { done: progress.done, total: progress.total }
    : null;
}

/**
 * A job's progress bar. Without a known total (or when `indeterminate`) the
 * bar has no `value`, so it shows activity instead of sitting at 0 %.
 */
export function JobProgressBar(props: {
  progress: ProgressEvent | null;
  label: string;
  testId: string;
  indeterminate?: boolean;
}) {
  const known = props.indeterminate ? null : knownProgress(props.progress);
  return <progress data-testid={props.testId} aria-label={props.label} max={known?.total} value={known?.done} />;
}
