import fs from 'node:fs/promises';
import { protocol } from 'electron';
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

/** Serves the built renderer at `app://cafetal/`. Call after `ready`. */
export function serveRenderer(rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveStatic(rootDir, request));
}
