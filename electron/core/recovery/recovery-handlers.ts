import type { CoreContext } from '../api/core-context.js';

/** How long "Salir" waits before quitting, so its answer reaches the page first. */
const QUIT_DELAY_MS = 200;

/** `recovery.quit`: the host's quit (desktop app, browser mode's server), only from the recovery screen. */
export function quitFromRecovery(ctx: CoreContext): { quitting: boolean } {
  const quit = ctx.recovery?.quit;
  if (!quit) return { quitting: false };
  setTimeout(quit, QUIT_DELAY_MS).unref();
  return { quitting: true };
}
