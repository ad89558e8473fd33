/**
 * HTTP/1.1 written by hand on a TCP socket, so a test controls every byte a
 * hostile page or local program could send: the request target as-is
 * (backslashes, encodings), a foreign or missing Host, any Origin.
 * `http.request` would normalise or refuse some of these.
 */
import net from 'node:net';

export interface RawResponse {
  status: number;
  /** Lower-case header names; a repeated header keeps its last value. */
  headers: Record<string, string>;
  body: string;
}

export interface RawRequest {
  method?: string;
  target: string;
  /** Header lines in order; `host: null` sends no Host at all. */
  headers?: Record<string, string | null>;
  body?: string;
  /** 'HTTP/1.1' (default) or 'HTTP/1.0', which may omit Host. */
  version?: string;
}

export function rawRequest(port: number, request: RawRequest, host = '127.0.0.1'): Promise<RawResponse> {
  const headers: Record<string, string | null> = { host: `127.0.0.1:${port}`, ...request.headers };
  const lines = [`${request.method ?? 'GET'} ${request.target} ${request.version ?? 'HTTP/1.1'}`];
  for (const [name, value] of Object.entries(headers)) if (value !== null) lines.push(`${name}: ${value}`);
  const body = Buffer.from(request.body ?? '', 'utf8');
  if (request.body !== undefined) lines.push(`content-length: ${body.length}`);
  lines.push('connection: close', '', '');

  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error('raw HTTP request timed out')));
    // Write without half-closing: `connection: close` makes the server close once it has answered.
    socket.on('connect', () => socket.write(Buffer.concat([Buffer.from(lines.join('\r\n'), 'latin1'), body])));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const raw = Buffer.concat(chunks);
      const split = raw.indexOf('\r\n\r\n');
      const head = (split === -1 ? raw : raw.subarray(0, split)).toString('latin1');
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
      const parsed: Record<string, string> = {};
      for (const line of headerLines) {
        const colon = line.indexOf(':');
        if (colon > 0) parsed[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      let rest: Buffer = split === -1 ? Buffer.alloc(0) : raw.subarray(split + 4);
      if (/chunked/i.test(parsed['transfer-encoding'] ?? '')) rest = unchunk(rest);
      resolve({ status, headers: parsed, body: rest.toString('utf8') });
    });
  });
}

/** Transfer-Encoding: chunked, decoded on bytes (chunk sizes count bytes, not characters). */
function unchunk(raw: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = raw.indexOf('\r\n', at);
    if (lineEnd === -1) break;
    const size = parseInt(raw.subarray(at, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(raw.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
