/** Where MapLibre fetches the base map's glyphs and sprite from: the app's own origin. */
export interface BasemapAssetUrls {
  /** `…/glyphs/{fontstack}/{range}.pbf`, tokens left for MapLibre to fill in. */
  readonly glyphs: string;
  /** `…/sprites/cafetal`: MapLibre appends `.json`/`.png` (and `@2x` on dense screens). */
  readonly sprite: string;
}

/**
 * Absolute URLs beside the page (MapLibre needs absolute URLs for both):
 * app://cafetal/glyphs/… in Electron, http://127.0.0.1:port/glyphs/… in
 * browser mode, the dev server's origin under Vite. The build copies
 * resources/glyphs and resources/sprites there (scripts/vite-basemap-assets.ts).
 *
 * NOTE: the tokens are appended as text, not passed through `new URL()`,
 * which would percent-encode `{` and `}` and MapLibre would no longer find them.
 */
export function basemapAssetUrls(pageUrl: string): BasemapAssetUrls {
  const base = new URL('./', pageUrl).href;
  return { glyphs: `${base}glyphs/{fontstack}/{range}.pbf`, sprite: `${base}sprites/cafetal` };
}
