import type { PreloadBridge } from '../../shared/api/client-types.js';

declare global {
  interface Window {
    /** Present only inside Electron, exposed by electron/shell/preload.ts. */
    readonly cafetal?: PreloadBridge;
  }
}
