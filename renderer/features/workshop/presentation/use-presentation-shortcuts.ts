import { useEffect } from 'react';
import { presentationKeyAction } from './presentation-keys.js';
import { onFullscreenChange, setPresentation, togglePresentation, usePresentation } from './presentation-store.js';

/** Form fields keep Escape for themselves (closing a select, clearing a search). */
const isField = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * The keyboard shortcuts, for the whole window. On `window`, after the
 * document's listeners: Esc that cancelled a map tool or closed the tour
 * (default prevented) does not also end the presentation, and neither does
 * Esc that closes a modal dialog.
 */
export function usePresentationShortcuts(): void {
  const active = usePresentation();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const action = presentationKeyAction(event, active);
      if (action === null) return;
      if (action === 'exit' && (isField(event.target) || document.querySelector('dialog[open]:modal'))) return;
      event.preventDefault();
      if (action === 'toggle') togglePresentation();
      else setPresentation(false);
    };
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
    };
  }, [active]);
}
