import type { CafetalApi, CallOptions } from '../../shared/api/client-types.js';
import { procedureNames, splitProcedureName } from '../../shared/api/contract.js';
import type { ProcedureName } from '../../shared/api/contract.js';
import { ApiError } from '../../shared/api/errors.js';
import type { Transport } from './transport.js';

type ClientMethod = (input: unknown, options?: CallOptions) => Promise<unknown>;

/** Asks the core to stop a running call. Best effort: the call's own answer says how it ended. */
function requestCancel(transport: Transport, callId: string): void {
  transport({ name: 'jobs.cancel', input: { callId }, callId: crypto.randomUUID() }).catch(() => {
    // Nothing to do: if the cancel cannot be delivered, the job simply finishes.
  });
}

async function callProcedure(
  transport: Transport,
  name: ProcedureName,
  input: unknown,
  options: CallOptions = {},
): Promise<unknown> {
  const { signal, onProgress } = options;
  if (signal?.aborted) throw new ApiError('CANCELLED', `${name} was cancelled before it started.`);
  const callId = crypto.randomUUID();
  // The contract's AbortSignalLike has no removeEventListener, so a flag stops a late abort.
  let settled = false;
  signal?.addEventListener(
    'abort',
    () => {
      if (!settled) requestCancel(transport, callId);
    },
    { once: true },
  );
  try {
    // NOTE: an abort does not reject here at once. We wait for the core's answer,
    // which is CANCELLED when the job stopped, so the caller learns what really
    // happened (a backup that finished before the cancel arrived still exists).
    const result = await transport({ name, input, callId, onProgress });
    if (!result.ok) throw ApiError.fromPayload(result.error);
    return result.value;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    // A broken bridge or a bug in a transport: still an ApiError, so the UI can translate it.
    throw new ApiError('INTERNAL', error instanceof Error ? error.message : String(error));
  } finally {
    settled = true;
  }
}

/**
 * Builds `api.<domain>.<verb>(input, options)` for every procedure of the
 * contract over one transport. Types come from the contract; outputs are not
 * re-validated here because the core already checked them.
 */
export function createApi(transport: Transport): CafetalApi {
  const domains: Record<string, Record<string, ClientMethod>> = {};
  for (const name of procedureNames) {
    const [domain, verb] = splitProcedureName(name);
    (domains[domain] ??= {})[verb] = (input, options) => callProcedure(transport, name, input, options);
  }
  return domains as unknown as CafetalApi;
}
