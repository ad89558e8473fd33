import { useMemo, useSyncExternalStore } from 'react';

/**
 * Routes inside *Planes* (hash based, like the sections and *Productores*):
 * - `#/planes`                          the active organisation's plans
 * - `#/planes/<uuid>`                   a family's farm plan
 * - `#/planes/organizacion/<uuid>`      the organisation's resilience plan (renderer/features/plans/org/)
 * - `#/planes/catalogo`                 the catalogue of measures (renderer/features/catalogue/)
 */
export type PlansRoute =
  | { readonly view: 'list' }
  | { readonly view: 'farm'; readonly planId: string }
  | { readonly view: 'organisation'; readonly planId: string }
  | { readonly view: 'catalogue' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function plansRouteFromHash(hash: string): PlansRoute {
  const [, second = '', third = ''] = hash.replace(/^#\/?/, '').split('?')[0]?.split('/') ?? [];
  if (second === 'organizacion' && UUID.test(third)) return { view: 'organisation', planId: third };
  if (UUID.test(second)) return { view: 'farm', planId: second };
  if (second === 'catalogo') return { view: 'catalogue' };
  return { view: 'list' };
}

export const plansHref = {
  list: '#/planes',
  farm: (id: string) => `#/planes/${id}`,
  organisation: (id: string) => `#/planes/organizacion/${id}`,
  catalogue: '#/planes/catalogo',
} as const;

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function usePlansRoute(): PlansRoute {
  // The hash string is the snapshot (a primitive, so React compares it by value).
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return useMemo(() => plansRouteFromHash(hash), [hash]);
}
