/**
 * Tile URL templates on the app's own origin (`app://cafetal/` in Electron,
 * `http://127.0.0.1:<port>/` in browser mode), absolute because MapLibre
 * fetches tiles from a worker that has no page URL to resolve against. The
 * placeholders are appended after URL resolution: `new URL` would
 * percent-encode `{z}`.
 */
export function basemapTilesUrl(basemapId: string, pageUrl: string): string {
  return `${new URL(`tiles/${encodeURIComponent(basemapId)}`, pageUrl).href}/{z}/{x}/{y}`;
}

/** Terrarium heights of an elevation layer; the layer's version keeps a replaced DEM from being drawn from cache. */
export function demTilesUrl(layerId: string, version: number, pageUrl: string): string {
  return `${new URL(`tiles/dem/${encodeURIComponent(layerId)}`, pageUrl).href}/{z}/{x}/{y}?v=${version}`;
}
