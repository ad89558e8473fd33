import { useMemo, useSyncExternalStore } from 'react';

/**
 * Routes inside *Productores* (hash based, like the sections):
 * - `#/productores`                      the active organisation's families
 * - `#/productores/organizaciones`       organisations management
 * - `#/productores/importar`             the import wizard (renderer/features/import/)
 * - `#/productores/exportar`             export the plots (renderer/features/export/)
 * - `#/productores/nuevo`                register a family
 * - `#/productores/<uuid>`               a family's page
 * - `#/productores/<uuid>/editar`        edit a family
 */
export type ProducersRoute =
  | { readonly view: 'list' }
  | { readonly view: 'organisations' }
  | { readonly view: 'import' }
  | { readonly view: 'export' }
  | { readonly view: 'new' }
  | { readonly view: 'producer'; readonly producerId: string }
  | { readonly view: 'edit'; readonly producerId: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function producersRouteFromHash(hash: string): ProducersRoute {
  const [, second = '', third = ''] = hash.replace(/^#\/?/, '').split('?')[0]?.split('/') ?? [];
  if (second === 'organizaciones') return { view: 'organisations' };
  if (second === 'importar') return { view: 'import' };
  if (second === 'exportar') return { view: 'export' };
  if (second === 'nuevo') return { view: 'new' };
  if (UUID.test(second))
    return third === 'editar' ? { view: 'edit', producerId: second } : { view: 'producer', producerId: second };
  return { view: 'list' };
}

export const producersHref = {
  list: '#/productores',
  organisations: '#/productores/organizaciones',
  import: '#/productores/importar',
  export: '#/productores/exportar',
  create: '#/productores/nuevo',
  producer: (id: string) => `#/productores/${id}`,
  edit: (id: string) => `#/productores/${id}/editar`,
  /** Agreed with the map: it reads `producer` (or `plot`) from the hash's query. */
  mapOfProducer: (id: string) => `#/mapa?producer=${encodeURIComponent(id)}`,
  mapOfPlot: (id: string) => `#/mapa?plot=${encodeURIComponent(id)}`,
} as const;

export function navigate(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useProducersRoute(): ProducersRoute {
  // The hash string is the snapshot (a primitive, so React compares it by value).
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return useMemo(() => producersRouteFromHash(hash), [hash]);
}
