import type { ProcedureName } from '../../shared/api/contract.js';
import type { ApiErrorPayload, ApiResult, ProgressEvent } from '../../shared/api/errors.js';

export interface TransportCall {
  readonly name: ProcedureName;
  readonly input: unknown;
  /** Chosen by the client so progress events and `jobs.cancel` can name this call. */
  readonly callId: string;
  readonly onProgress?: ((event: ProgressEvent) => void) | undefined;
}

/**
 * One way to reach the core (Electron IPC or HTTP). It answers with the result
 * envelope and does not throw for API errors; the client unwraps the envelope.
 */
export type Transport = (call: TransportCall) => Promise<ApiResult<unknown>>;

export function failure(code: ApiErrorPayload['code'], message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

/** `details.reason` of a failure that never reached the core (server down, something else answering). */
export const UNREACHABLE = 'unreachable';

export function unreachable(message: string): ApiResult<never> {
  return { ok: false, error: { code: 'INTERNAL', message, details: { reason: UNREACHABLE } } };
}

export function isUnreachable(details: unknown): boolean {
  return typeof details === 'object' && details !== null && 'reason' in details && details.reason === UNREACHABLE;
}

/** Shape check only (not output validation, which the core does): is this an envelope at all? */
export function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string';
}
