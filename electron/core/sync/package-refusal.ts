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
