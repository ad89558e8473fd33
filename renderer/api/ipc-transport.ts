import type { PreloadBridge } from '../../shared/api/client-types.js';
import { splitProcedureName } from '../../shared/api/contract.js';
import { failure, isApiResult } from './transport.js';
import type { Transport } from './transport.js';

type BridgeMethod = (input: unknown, callId: string) => Promise<unknown>;

/**
 * Electron: `window.cafetal.<domain>.<verb>(input, callId)` from the preload.
 * Progress arrives on one shared channel, so each call keeps only its own events.
 */
export function ipcTransport(bridge: PreloadBridge): Transport {
  const domains = bridge as unknown as Record<string, Record<string, BridgeMethod> | undefined>;
  return async ({ name, input, callId, onProgress }) => {
    const [domain, verb] = splitProcedureName(name);
    const method = domains[domain]?.[verb];
    if (typeof method !== 'function') {
      return failure('UNKNOWN_PROCEDURE', `The preload does not expose "${name}".`);
    }
    const unsubscribe = onProgress
      ? bridge.onProgress((event) => {
          if (event.callId === callId) onProgress(event);
        })
      : undefined;
    try {
      const result = await method(input, callId);
      return isApiResult(result) ? result : failure('INTERNAL', `"${name}" answered without a result envelope.`);
    } finally {
      unsubscribe?.();
    }
  };
}
