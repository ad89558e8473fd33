/**
 * The renderer's only door to the core: `window.cafetal.<domain>.<verb>()`.
 *
 * NOTE: a sandboxed preload cannot `require` local files (only `electron`
 * and a few Node polyfills), so build-shell.mjs bundles this file with its
 * imports into one CommonJS file, out/shell/preload.cjs.
 *
 * Named methods built from the contract mean the renderer can only call
 * procedures that exist; it never sees `ipcRenderer`, a generic
 * `invoke(channel)`, or Electron's event objects (which carry `sender`).
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { PreloadBridge } from '../../shared/api/client-types.js';
import { procedureNames, splitProcedureName } from '../../shared/api/contract.js';
import type { ProgressEvent } from '../../shared/api/errors.js';

// Same strings as ipc.ts; not imported from there because that file imports ipcMain.
const PROGRESS_CHANNEL = 'api:progress';

type Method = (input: unknown, callId: string) => Promise<unknown>;

function buildBridge(): PreloadBridge {
  const domains: Record<string, Record<string, Method>> = {};
  for (const name of procedureNames) {
    const [domain, verb] = splitProcedureName(name);
    const channel = `api:${name}`;
    (domains[domain] ??= {})[verb] = (input, callId) => ipcRenderer.invoke(channel, input, callId);
  }
  const onProgress = (listener: (event: ProgressEvent) => void): (() => void) => {
    const forward = (_event: IpcRendererEvent, progress: ProgressEvent): void => listener(progress);
    ipcRenderer.on(PROGRESS_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(PROGRESS_CHANNEL, forward);
    };
  };
  // Only a File the user picked has a path; anything else gives ''. The core validates whatever it is sent.
  const pathForFile = (file: object): string => webUtils.getPathForFile(file as File);
  return { ...domains, onProgress, pathForFile } as unknown as PreloadBridge;
}

contextBridge.exposeInMainWorld('cafetal', buildBridge());
