import { useSyncExternalStore } from 'react';
import { sectionFromHash } from './routes.js';
import type { Section } from './routes.js';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The section named by the URL hash; navigation is plain links, so back/forward work. */
export function useHashRoute(): Section {
  return useSyncExternalStore(subscribe, () => sectionFromHash(window.location.hash));
}
