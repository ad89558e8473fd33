import { ApiError } from '../../../shared/api/errors.js';

import { unreadableReasons } from '../../../shared/import/file-rules.js';
import type { UnreadableReason } from '../../../shared/import/file-rules.js';

export { unreadableReasons };
export type { UnreadableReason };

const detailsReason = (error: unknown): unknown =>
  error instanceof ApiError && typeof error.details === 'object' && error.details !== null && 'reason' in error.details
    ? error.details.reason
    : undefined;

/** The reason of a FILE_UNREADABLE error, or null for any other error. */
export function unreadableReasonOf(error: unknown): UnreadableReason | null {
  if (!(error instanceof ApiError) || error.code !== 'FILE_UNREADABLE') return null;
  const reason = detailsReason(error);
  return (unreadableReasons as readonly unknown[]).includes(reason) ? (reason as UnreadableReason) : null;
}

/** A preview or commit refused because the file's coordinates need a CRS chosen. */
export function isNeedsCrs(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'VALIDATION' && detailsReason(error) === 'NEEDS_CRS';
}

/** The CSV holds UTM metres without a zone: the wizard asks for one and opens it again. */
export const needsUtmZone = (error: unknown): boolean => unreadableReasonOf(error) === 'CSV_NEEDS_UTM_ZONE';
