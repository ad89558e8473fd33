import fs from 'node:fs/promises';
import { protocol } from 'electron';
import type { CoreContext } from '../core/api/core-context.js';
import { TILES_PREFIX, answerTileRequest } from '../core/basemaps/tile-route.js';
import { CONTENT_SECURITY_POLICY } from '../core/static/csp.js';
import { contentTypeFor, resolveStaticPath } from '../core/static/resolve-static-path.js';
import { APP_HOST, APP_SCHEME } from './app-origin.js';

/**
 * Registers `app://` as a privileged scheme. NOTE: must run before the app's
 * `ready` event. `standard` gives it real origins and relative URL
 * resolution (so Vite's `base: './'` works); `secure` makes it a secure
 * context like https; `supportFetchAPI` lets the renderer `fetch()` its own
 * assets (map styles, GeoJSON). Serving from a scheme instead of `file://`
 * keeps the renderer away from the rest of the disk.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
} as const;

const notFound = (): Response =>
  new Response('Not found', { status: 404, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' } });

/** Answers one `app://` request from `rootDir` (the built renderer). */
export async function serveStatic(rootDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers: SECURITY_HEADERS });
  }
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return notFound();
  const file = resolveStaticPath(rootDir, url.pathname);
  if (!file) return notFound();
  let body: Buffer;
  try {
    body = await fs.readFile(file); // a directory or missing file throws → 404
  } catch {
    return notFound();
  }
  const headers = { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) };
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}

/**
 * Basemap and hillshade tiles at `app://cafetal/tiles/…`, answered by the
 * same core function as browser mode's HTTP route. Gzipped vector tiles are
 * unpacked in the core: a custom protocol's response is not decoded by
 * Chromium's network stack.
 */
export async function serveTile(core: CoreContext, request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return notFound();
  const answer = await answerTileRequest(core, request.method, url.pathname, false);
  const body = answer.status === 204 || answer.body === null ? null : new Uint8Array(answer.body);
  return new Response(body, { status: answer.status, headers: { ...SECURITY_HEADERS, ...answer.headers } });
}

/** Serves the built renderer at `app://cafetal/`, and map tiles under `/tiles/`. Call after `ready`. */
export function serveRenderer(rootDir: string, core: CoreContext): void {
  protocol.handle(APP_SCHEME, (request) =>
    new URL(request.url).pathname.startsWith(TILES_PREFIX) ? serveTile(core, request) : serveStatic(rootDir, request),
  );
}
