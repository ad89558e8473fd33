import type { BackupRefusalReason } from '../../../shared/api/backups.js';
import { ApiError } from '../../../shared/api/errors.js';
import type { ErrorCode } from '../../../shared/api/errors.js';
import type { CoreContext } from '../api/core-context.js';
import type { JobContext } from '../api/job-context.js';

/** The error code each refusal travels under; `details.reason` says which refusal it is. */
const CODE: Record<BackupRefusalReason, ErrorCode> = {
  NOT_SQLITE: 'FILE_UNREADABLE',
  NOT_CAFETAL: 'FILE_UNREADABLE',
  NEWER_SCHEMA: 'DB_TOO_NEW',
  CORRUPT: 'FILE_UNREADABLE',
  BROKEN_REFERENCES: 'FILE_UNREADABLE',
  SAME_FILE: 'CONFLICT',
  FOLDER_MISSING: 'NOT_FOUND',
  DEMO_OPEN: 'CONFLICT',
  DEMO_BACKUP: 'CONFLICT',
  DEMO_DATA: 'FILE_UNREADABLE',
  BUSY: 'CONFLICT',
  RESTORE_FAILED: 'INTERNAL',
};

export function refusal(reason: BackupRefusalReason, message: string, details: Record<string, unknown> = {}): ApiError {
  return new ApiError(CODE[reason], message, { reason, ...details });
}

/**
 * A copy made while the workshop demo is open would be the demo's, saved under
 * a name that looks like the organisation's data: refused, as restores are.
 */
export function refuseWhileDemoOpen(ctx: CoreContext): void {
  if (ctx.workspace.kind !== 'main')
    throw refusal('DEMO_BACKUP', 'The demo data is open; go back to your own data to save a backup of it.');
}

/** `details.reason` of an error, when it is one of ours. */
export function refusalReasonOf(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  const details = error.details as { reason?: unknown } | undefined;
  return typeof details?.reason === 'string' ? details.reason : null;
}

/** Progress in numbered steps (`stage` names the step) for jobs whose steps have no natural size. */
export function stepper(job: JobContext | undefined, total: number): (stage: string) => void {
  let done = 0;
  return (stage) => {
    job?.throwIfCancelled();
    job?.progress(done, total, stage);
    done += 1;
  };
}
