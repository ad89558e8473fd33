import type { CafetalApi } from '../../shared/api/client-types.js';
import { createApi } from './client.js';
import { httpTransport } from './http-transport.js';
import { ipcTransport } from './ipc-transport.js';

/** Electron's preload bridge when present, else browser mode over HTTP on the same origin. */
export function createDefaultApi(): CafetalApi {
  return createApi(window.cafetal ? ipcTransport(window.cafetal) : httpTransport());
}
