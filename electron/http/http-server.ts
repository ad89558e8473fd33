import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { TILES_PREFIX, answerTileRequest } from '../core/basemaps/tile-route.js';
import type { Core } from '../core/create-core.js';
import { CONTENT_SECURITY_POLICY } from '../core/static/csp.js';
import { contentTypeFor, resolveStaticPath } from '../core/static/resolve-static-path.js';
import { handleApiRequest } from './api-route.js';
import { isLocalRequest } from './local-origin.js';

export interface HttpTransport {
  readonly server: http.Server;
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

function serveStatic(staticDir: string, pathname: string, res: http.ServerResponse): void {
  const wanted = pathname === '/' ? '/index.html' : pathname;
  const file = resolveStaticPath(staticDir, wanted);
  if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return;
  }
  res.writeHead(200, { 'content-type': contentTypeFor(file) });
  fs.createReadStream(file).pipe(res);
}

/** Basemap and hillshade tiles for MapLibre: `GET /tiles/…` (electron/core/basemaps/tile-route.ts). */
function serveTile(core: Core, pathname: string, req: http.IncomingMessage, res: http.ServerResponse): void {
  const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  answerTileRequest(core.context, req.method ?? 'GET', pathname, acceptsGzip).then(
    (answer) => {
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body ?? undefined);
    },
    (error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    },
  );
}

/** The request's path, or null when it is not an origin-relative path ("//", "http://…", garbage). */
export function requestPath(rawUrl: string | undefined): string | null {
  const raw = rawUrl ?? '/';
  if (!raw.startsWith('/') || raw.startsWith('//')) return null;
  try {
    return new URL(raw, 'http://127.0.0.1').pathname;
  } catch {
    return null;
  }
}

/**
 * Browser mode: the same contract as Electron IPC, as `POST /api/<name>`, plus
 * the built renderer, on 127.0.0.1 only. Port 0 picks a free port.
 */
export async function startHttpTransport(
  core: Core,
  options: { port: number; staticDir: string },
): Promise<HttpTransport> {
  let port = options.port;
  const server = http.createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (!isLocalRequest(req, port)) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Forbidden: Cafetal answers only its own local origin.');
      return;
    }
    // NOTE: `new URL('//x', base)` reads "//x" as a host and throws for "//": parse the path as a path.
    const pathname = requestPath(req.url);
    if (pathname === null) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Bad request.');
      return;
    }
    if (pathname.startsWith('/api/')) {
      handleApiRequest(core, pathname.slice('/api/'.length), req, res).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: String(error) } }));
      });
      return;
    }
    if (pathname.startsWith(TILES_PREFIX)) {
      serveTile(core, pathname, req, res);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
      return;
    }
    serveStatic(options.staticDir, pathname, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
