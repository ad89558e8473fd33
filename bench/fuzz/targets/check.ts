import { packageRefusalReasons } from '../../../shared/api/exchange.js';
import { errorCodes } from '../../../shared/api/errors.js';
import type { ApiErrorPayload } from '../../../shared/api/errors.js';
import { unreadableReasons } from '../../../shared/import/file-rules.js';

/** Reasons the UI and CLI translate for FILE_UNREADABLE: an unknown one would show the user a code. */
const translatableReasons = new Set<string>([...unreadableReasons, ...packageRefusalReasons]);

export interface Refusal {
  key: string;
  problem: string | null;
}

/**
 * Whether a refusal is one the app foresaw: a known code other than
 * INTERNAL (an unexpected exception) and, for unreadable files, a reason the
 * user gets in words.
 */
export function judgeRefusal(error: ApiErrorPayload): Refusal {
  const reason = (error.details as { reason?: unknown } | undefined)?.reason;
  const key = typeof reason === 'string' ? `${error.code}/${reason}` : error.code;
  if (!(errorCodes as readonly string[]).includes(error.code))
    return { key, problem: `unknown error code ${error.code}` };
  if (error.code === 'INTERNAL') return { key, problem: `INTERNAL: ${error.message}` };
  if (error.code === 'UNKNOWN_PROCEDURE') return { key, problem: `UNKNOWN_PROCEDURE: ${error.message}` };
  if (error.code === 'FILE_UNREADABLE' && (typeof reason !== 'string' || !translatableReasons.has(reason))) {
    return { key, problem: `FILE_UNREADABLE without a translatable reason (${String(reason)}): ${error.message}` };
  }
  return { key, problem: null };
}

/** A short account of counts that should be equal. */
export function mismatch(what: string, expected: number, found: number): string | null {
  return expected === found ? null : `${what}: reported ${expected}, written ${found}`;
}

/** The first non-null problem. */
export const firstProblem = (...problems: (string | null | undefined)[]): string | null =>
  problems.find((p): p is string => typeof p === 'string') ?? null;
