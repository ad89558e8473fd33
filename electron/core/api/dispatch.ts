import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { contract, isProcedureName } from '../../../shared/api/contract.js';
import type { ProcedureName } from '../../../shared/api/contract.js';
import { ApiError } from '../../../shared/api/errors.js';
import type { ApiResult, ProgressEvent } from '../../../shared/api/errors.js';
import { storageErrorOf } from '../recovery/storage-errors.js';
import type { CoreContext } from './core-context.js';
import { handlers } from './handlers.js';
import type { Handler } from './handlers.js';
import { createJobContext } from './job-context.js';

export interface DispatchOptions {
  /** Chosen by the caller so it can cancel; one is made when absent. */
  callId?: string;
  onProgress?: (event: ProgressEvent) => void;
  /** The transport aborts this when the caller goes away (closed HTTP request). */
  signal?: AbortSignal;
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  // A full disk, a read-only folder or a damaged file: said so, never as INTERNAL.
  const storage = storageErrorOf(error);
  if (storage) return storage;
  if (error instanceof z.ZodError) {
    return new ApiError('VALIDATION', z.prettifyError(error), { issues: error.issues });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError('INTERNAL', message);
}

/**
 * The single door to the core, shared by Electron IPC, the HTTP transport and
 * the CLI: validate the input with the contract, run the handler, check the
 * output against the contract, and turn any failure into `{ ok: false }`.
 */
export async function dispatch(
  core: CoreContext,
  name: string,
  rawInput: unknown,
  options: DispatchOptions = {},
): Promise<ApiResult<unknown>> {
  if (!isProcedureName(name)) {
    return { ok: false, error: { code: 'UNKNOWN_PROCEDURE', message: `Unknown procedure "${name}".` } };
  }
  const def = contract[name];
  const callId = options.callId ?? randomUUID();
  const controller = core.jobs.start(callId);
  const forwardAbort = (): void => controller.abort();
  options.signal?.addEventListener('abort', forwardAbort, { once: true });
  try {
    const input = def.input.parse(rawInput ?? {});
    const job = createJobContext(callId, controller.signal, (event) => options.onProgress?.(event));
    const handler: Handler<ProcedureName> = handlers[name];
    const value = await handler(input, core, job);
    return { ok: true, value: def.output.parse(value) };
  } catch (error) {
    return { ok: false, error: toApiError(error).toPayload() };
  } finally {
    options.signal?.removeEventListener('abort', forwardAbort);
    core.jobs.finish(callId);
  }
}

export type { ProcedureName };
