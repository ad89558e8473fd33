import { useSyncExternalStore } from 'react';

export interface MapHashParams {
  /** `#/mapa?producer=<uuid>`: fit the map to that producer's plots. */
  readonly producerId: string | null;
  /** `#/mapa?plot=<uuid>`: select that plot (and show it). */
  readonly plotId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the query part of the hash route; anything that is not a UUID is ignored. */
export function mapHashParams(hash: string): MapHashParams {
  const query = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
  const params = new URLSearchParams(query);
  const uuid = (name: string): string | null => {
    const value = params.get(name);
    return value !== null && UUID.test(value) ? value.toLowerCase() : null;
  };
  return { producerId: uuid('producer'), plotId: uuid('plot') };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The hash's query string, kept current; links from other screens land here. */
export function useMapHashQuery(): string {
  return useSyncExternalStore(subscribe, () => {
    const hash = window.location.hash;
    return hash.includes('?') ? hash.slice(hash.indexOf('?')) : '';
  });
}
