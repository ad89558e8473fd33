import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { procedureNames } from '../../shared/api/contract.js';
import type { ApiResult, ProgressEvent } from '../../shared/api/errors.js';
import type { Core } from '../core/create-core.js';
import { isAppUrl } from './app-origin.js';

/** Every procedure has its own channel, `api:<domain.verb>`; there is no generic one. */
export const apiChannel = (name: string): string => `api:${name}`;
export const PROGRESS_CHANNEL = 'api:progress';

const MAX_CALL_ID_LENGTH = 100;

const forbidden = (): ApiResult<never> => ({
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Calls are only accepted from the Cafetal window.' },
});

/**
 * One `ipcMain.handle` per contract procedure. Each handler first checks
 * which frame sent the call: only pages served from `app://cafetal/` may
 * reach the core, so content that somehow loaded from elsewhere (a redirect,
 * an injected frame) gets FORBIDDEN. Input validation is the core's job
 * (`dispatch` parses with the contract's zod schema), so this stays thin.
 */
export function registerApiHandlers(core: Pick<Core, 'call'>): () => void {
  for (const name of procedureNames) {
    ipcMain.handle(apiChannel(name), (event: IpcMainInvokeEvent, input: unknown, callId: unknown) => {
      // senderFrame is null when the frame navigated away or was destroyed.
      if (!isAppUrl(event.senderFrame?.url)) return forbidden();
      const sender = event.sender;
      const onProgress = (progress: ProgressEvent): void => {
        if (!sender.isDestroyed()) sender.send(PROGRESS_CHANNEL, progress);
      };
      const validCallId =
        typeof callId === 'string' && callId.length > 0 && callId.length <= MAX_CALL_ID_LENGTH ? callId : undefined;
      return core.call(name, input, validCallId === undefined ? { onProgress } : { callId: validCallId, onProgress });
    });
  }
  return () => {
    for (const name of procedureNames) ipcMain.removeHandler(apiChannel(name));
  };
}
