import { ApiError } from '../../../../shared/api/errors.js';
import type { UnreadableReason } from '../source-types.js';

/** The details every FILE_UNREADABLE error carries: the UI translates `importErrors.<reason>`. */
export interface UnreadableDetails {
  reason: UnreadableReason;
  [key: string]: unknown;
}

/** The one way a reader refuses a file: `ApiError('FILE_UNREADABLE')` with a reason code. */
export function unreadable(reason: UnreadableReason, message: string, details: Record<string, unknown> = {}): ApiError {
  return new ApiError('FILE_UNREADABLE', message, { reason, ...details } satisfies UnreadableDetails);
}

export function isUnreadable(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === 'FILE_UNREADABLE';
}

/** A short, printable description of something thrown, for error details and logs. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
