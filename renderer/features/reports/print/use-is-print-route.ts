import { useSyncExternalStore } from 'react';
import { isPrintHash } from './print-route.js';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** Whether the URL hash is a print route (`#/imprimir/…`): App.tsx then renders PrintApp instead of the shell. */
export function useIsPrintRoute(): boolean {
  return useSyncExternalStore(subscribe, () => isPrintHash(window.location.hash));
}
