import type { PackageRefusalReason } from '../../../shared/api/exchange.js';
import { ApiError } from '../../../shared/api/errors.js';
import type { ErrorCode } from '../../../shared/api/errors.js';
import type { CoreContext } from '../api/core-context.js';

/** The error code each refusal travels under; `details.reason` says which it is (translated by the UI and CLI). */
const CODE: Record<PackageRefusalReason, ErrorCode> = {
  NOT_PACKAGE: 'FILE_UNREADABLE',
  TRUNCATED: 'FILE_UNREADABLE',
  TAMPERED: 'FILE_UNREADABLE',
  FOREIGN: 'FILE_UNREADABLE',
  KEY_MISMATCH: 'FILE_UNREADABLE',
  NEWER_SCHEMA: 'DB_TOO_NEW',
  GAP: 'CONFLICT',
  DEMO_OPEN: 'CONFLICT',
  UNKNOWN_PEER: 'NOT_FOUND',
};

export function packageRefusal(
  reason: PackageRefusalReason,
  message: string,
  details: Record<string, unknown> = {},
): ApiError {
  return new ApiError(CODE[reason], message, { reason, ...details });
}

/** The workshop demo's fictitious families must never travel to, or mix with, an organisation's data. */
export function refuseExchangeInDemo(ctx: CoreContext): void {
  if (ctx.workspace.kind === 'demo') {
    throw packageRefusal('DEMO_OPEN', 'The workshop demo is open; packages are exchanged with your own data only.');
  }
}

/**
 * A change the tables refuse while merging (a required field missing, a
 * parent row that does not exist, text where a number belongs): the package
 * was made by hand or by a broken writer. The merge runs in one transaction,
 * so nothing of it stayed; say so instead of failing as an internal error.
 */
export function refusalOfMergeError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (code.startsWith('SQLITE_CONSTRAINT') || code === 'SQLITE_MISMATCH')) {
    return packageRefusal('NOT_PACKAGE', 'The package holds a change this laptop cannot store.', {
      detail: (error as Error).message,
    });
  }
  return error;
}
