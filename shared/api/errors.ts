import { z } from 'zod';

/**
 * Every error that crosses a transport carries one of these codes. The
 * renderer and the CLI translate the code (shared/i18n `errors.*`); the
 * `message` is an English fallback for logs and scripts.
 */
export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'CANCELLED',
  'DB_TOO_NEW',
  'DB_UNREADABLE',
  'FILE_UNREADABLE',
  'FORBIDDEN',
  'UNKNOWN_PROCEDURE',
  'INTERNAL',
  // Storage failures (electron/core/recovery/storage-errors.ts): nothing of the operation was saved.
  'DISK_FULL',
  'READ_ONLY',
  'DISK_ERROR',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const apiErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  details: z.unknown().optional(),
});
export type ApiErrorPayload = z.infer<typeof apiErrorSchema>;

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorPayload };

/** Thrown by services and clients; serialised as `{ ok: false, error }`. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }

  toPayload(): ApiErrorPayload {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  static fromPayload(payload: ApiErrorPayload): ApiError {
    return new ApiError(payload.code, payload.message, payload.details);
  }
}

/** A progress event of a `job` procedure. `total` is null while unknown. */
export const progressSchema = z.object({
  callId: z.string(),
  done: z.number(),
  total: z.number().nullable(),
  stage: z.string(),
});
export type ProgressEvent = z.infer<typeof progressSchema>;
