import { useMemo, useSyncExternalStore } from 'react';

/**
 * Tabs inside *Riesgos* (hash based, like the sections and *Productores*):
 * - `#/riesgos`               the panel: status, analysis, dashboard and table
 * - `#/riesgos/metodologia`   how the model rates each hazard, with its sources
 */
export type RiskRoute = { readonly view: 'panel' } | { readonly view: 'methodology' };

export function riskRouteFromHash(hash: string): RiskRoute {
  const [, second = ''] = hash.replace(/^#\/?/, '').split('?')[0]?.split('/') ?? [];
  return second === 'metodologia' ? { view: 'methodology' } : { view: 'panel' };
}

export const riskHref = {
  panel: '#/riesgos',
  methodology: '#/riesgos/metodologia',
} as const;

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRiskRoute(): RiskRoute {
  // The hash string is the snapshot (a primitive, so React compares it by value).
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return useMemo(() => riskRouteFromHash(hash), [hash]);
}
