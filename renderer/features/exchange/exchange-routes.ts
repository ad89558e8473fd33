import { useMemo, useSyncExternalStore } from 'react';

/**
 * Views inside *Intercambio* (hash based, like the sections and *Riesgos*):
 * - `#/intercambio`              this laptop, export and import a package
 * - `#/intercambio/conflictos`   the conflicts left by imports, to settle
 */
export type ExchangeRoute = { readonly view: 'packages' } | { readonly view: 'conflicts' };

export function exchangeRouteFromHash(hash: string): ExchangeRoute {
  const [, second = ''] = hash.replace(/^#\/?/, '').split('?')[0]?.split('/') ?? [];
  return second === 'conflictos' ? { view: 'conflicts' } : { view: 'packages' };
}

export const exchangeHref = {
  packages: '#/intercambio',
  conflicts: '#/intercambio/conflictos',
} as const;

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useExchangeRoute(): ExchangeRoute {
  // The hash string is the snapshot (a primitive, so React compares it by value).
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return useMemo(() => exchangeRouteFromHash(hash), [hash]);
}
