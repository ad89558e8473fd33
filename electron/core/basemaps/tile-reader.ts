import type { BasemapFacts } from '../../../shared/domain/basemap.js';

/**
 * An open tileset file. `tile` answers the stored bytes of one XYZ tile (y
 * from the top) or null when the file has none; MBTiles vector tiles may
 * come gzipped (see `isGzip`). `close` releases the file.
 */
export interface TileReader {
  tile(z: number, x: number, y: number): Promise<Uint8Array | null>;
  close(): void;
}

/** What a file says about itself, plus its own name for the tileset (metadata `name`), if any. */
export interface FileFacts extends BasemapFacts {
  name: string | null;
}

/**
 * Attribution from a file goes into MapLibre's attribution control, which
 * sets it as HTML: tags are dropped and angle brackets escaped, so a file
 * cannot put markup or links in the app.
 */
export function plainAttribution(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  return raw
    .replace(/<[^>]*>/g, '')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 500);
}

/** A [west, south, east, north] that can be drawn: finite, inside lon/lat, not empty. */
export function validBounds(bounds: readonly number[]): bounds is [number, number, number, number] {
  const [w, s, e, n] = bounds;
  return (
    bounds.length === 4 &&
    bounds.every(Number.isFinite) &&
    (w as number) >= -180 &&
    (e as number) <= 180 &&
    (s as number) >= -90 &&
    (n as number) <= 90 &&
    (w as number) < (e as number) &&
    (s as number) < (n as number)
  );
}
