import { useSyncExternalStore } from 'react';

/** The class on <html> that presentation.css keys everything on. */
export const PRESENTATION_CLASS = 'presentation';

/**
 * How much larger the base map's labels are drawn in presentation mode: the
 * same ratio as the root font (20 px for 15 px, presentation.css), so map
 * labels keep their size relative to the rest of the screen.
 */
export const PRESENTATION_TEXT_SCALE = 20 / 15;

/**
 * Presentation mode, for the whole window and in memory only (the issue:
 * nothing persists across restarts). Entering asks for full screen, which
 * Chromium and Electron grant on a user gesture (a click, a key press); a
 * refusal leaves the mode on in the window as it is.
 */
let active = false;
/** True once full screen was actually reached in this presentation: leaving full screen then ends it. */
let reachedFullscreen = false;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

export function setPresentation(on: boolean): void {
  if (on === active) return;
  active = on;
  reachedFullscreen = false;
  document.documentElement.classList.toggle(PRESENTATION_CLASS, on);
  if (on) {
    // NOTE: undefined in a few embedded browsers; rejected without a user gesture. Either way the mode stays on.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
  } else if (document.fullscreenElement) {
    document.exitFullscreen().catch(() => undefined);
  }
  notify();
}

export const togglePresentation = (): void => setPresentation(!active);

/**
 * Esc in full screen is the browser's (it leaves full screen without telling
 * the page about the key): leaving full screen while presenting is taken as
 * leaving presentation mode, as the trainer meant.
 */
export function onFullscreenChange(): void {
  if (!active) return;
  if (document.fullscreenElement) reachedFullscreen = true;
  else if (reachedFullscreen) setPresentation(false);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePresentation(): boolean {
  return useSyncExternalStore(subscribe, () => active);
}
