import { useSyncExternalStore } from 'react';

export interface MapViewTarget {
  readonly lon: number;
  readonly lat: number;
  readonly zoom: number;
}

export interface MapHashParams {
  /** `#/mapa?producer=<uuid>`: fit the map to that producer's plots. */
  readonly producerId: string | null;
  /** `#/mapa?plot=<uuid>`: select that plot (and show it). */
  readonly plotId: string | null;
  /** `#/mapa?view=<lon>,<lat>,<zoom>`: open on that place (a town, a watershed) instead of on the plots. */
  readonly view: MapViewTarget | null;
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
  return { producerId: uuid('producer'), plotId: uuid('plot'), view: parseView(params.get('view')) };
}

/** `lon,lat,zoom` in WGS84 degrees and MapLibre zoom; anything out of range is ignored. */
function parseView(value: string | null): MapViewTarget | null {
  const parts = value?.split(',') ?? [];
  if (parts.length !== 3 || parts.some((part) => part.trim() === '')) return null;
  const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
  // 85.05° is where Web Mercator's square world ends; MapLibre zooms 0–22 by default.
  const valid = Math.abs(lon) <= 180 && Math.abs(lat) <= 85.05 && zoom >= 0 && zoom <= 22;
  return valid ? { lon, lat, zoom } : null;
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
