import { gunzipSync } from 'fflate';
import { ApiError } from '../../../shared/api/errors.js';
import { idSchema } from '../../../shared/domain/ids.js';
import { isTileOf } from '../../../shared/geo/web-mercator-tiles.js';
import type { CoreContext } from '../api/core-context.js';
import { demTerrariumTile } from './dem-tile.js';
import { readBasemapTile } from './read-basemap-tile.js';

export const TILES_PREFIX = '/tiles/';

export interface TileAnswer {
  status: 200 | 204 | 404 | 405 | 500;
  headers: Record<string, string>;
  /** Null for 204, HEAD and errors with no text. */
  body: Uint8Array | null;
}

/** A tile coordinate as the URL must spell it: decimal digits, no sign, no leading zero, no fraction. */
const INTEGER = /^(0|[1-9][0-9]{0,9})$/;

interface TileRequest {
  kind: 'basemap' | 'dem';
  id: string;
  z: number;
  x: number;
  y: number;
}

/** `/tiles/<basemapId>/<z>/<x>/<y>` or `/tiles/dem/<layerId>/<z>/<x>/<y>`; null for anything else. */
export function parseTilePath(pathname: string): TileRequest | null {
  if (!pathname.startsWith(TILES_PREFIX)) return null;
  const parts = pathname.slice(TILES_PREFIX.length).split('/');
  const kind = parts[0] === 'dem' ? 'dem' : 'basemap';
  const [id, zText, xText, yText, ...rest] = kind === 'dem' ? parts.slice(1) : parts;
  if (rest.length > 0 || !idSchema.safeParse(id).success) return null;
  if (![zText, xText, yText].every((t) => t !== undefined && INTEGER.test(t))) return null;
  const [z, x, y] = [Number(zText), Number(xText), Number(yText)];
  return isTileOf(z, x, y) ? { kind, id: id as string, z, x, y } : null;
}

const notFound = (): TileAnswer => ({
  status: 404,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body: new TextEncoder().encode('Not found'),
});

/**
 * Answers a tile request for both transports (HTTP in browser mode, `app://`
 * in Electron): 200 with the tile, 204 when the tileset has no tile there
 * (MapLibre draws it empty), 404 for a path that is not a tile or names no
 * basemap or elevation layer. Gzipped vector tiles go out as stored with
 * `content-encoding: gzip` when the client accepts it, else unpacked.
 * Basemap files never change under an id (a new file is a new basemap), so
 * their tiles may be cached; a layer's DEM can be replaced, so not those.
 */
export async function answerTileRequest(
  ctx: CoreContext,
  method: string,
  pathname: string,
  acceptsGzip: boolean,
): Promise<TileAnswer> {
  if (method !== 'GET' && method !== 'HEAD') {
    return { status: 405, headers: { allow: 'GET, HEAD' }, body: null };
  }
  const request = parseTilePath(pathname);
  if (!request) return notFound();
  const { kind, id, z, x, y } = request;
  const withBody = (bytes: Uint8Array) => (method === 'HEAD' ? null : bytes);
  try {
    if (kind === 'dem') {
      const png = demTerrariumTile(ctx, id, z, x, y);
      const headers = { 'cache-control': 'no-cache' };
      if (!png) return { status: 204, headers, body: null };
      return { status: 200, headers: { ...headers, 'content-type': 'image/png' }, body: withBody(png) };
    }
    const tile = await readBasemapTile(ctx, id, z, x, y);
    const headers: Record<string, string> = { 'cache-control': 'private, max-age=86400' };
    if (!tile) return { status: 204, headers, body: null };
    headers['content-type'] = tile.contentType;
    if (tile.contentEncoding === 'gzip' && acceptsGzip) {
      headers['content-encoding'] = 'gzip';
      return { status: 200, headers, body: withBody(tile.bytes) };
    }
    const bytes = tile.contentEncoding === 'gzip' ? gunzipSync(tile.bytes) : tile.bytes;
    return { status: 200, headers, body: withBody(bytes) };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') return notFound();
    const message = error instanceof Error ? error.message : String(error);
    return {
      status: 500,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: new TextEncoder().encode(message),
    };
  }
}
