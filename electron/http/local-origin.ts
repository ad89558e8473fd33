import type { IncomingMessage } from 'node:http';

const LOCAL_HOSTNAMES = new Set(['127.0.0.1', 'localhost']);

/**
 * DNS rebinding and cross-site requests are refused: the Host header must name
 * this loopback server, and an Origin, when the browser sends one, must be our
 * own. Checked by parsing, never by substring.
 */
export function isLocalRequest(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  if (!host || !isLocalAuthority(`http://${host}`, port)) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return isLocalAuthority(origin, port);
}

function isLocalAuthority(candidate: string, port: number): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  const urlPort = url.port === '' ? 80 : Number(url.port);
  return url.protocol === 'http:' && LOCAL_HOSTNAMES.has(url.hostname) && urlPort === port && url.pathname === '/';
}
