/**
 * Browser mode (electron/http) against a local web page that attacks it.
 *
 * DNS rebinding: evil.com's page re-points its own name at 127.0.0.1 and
 * calls "its" server; the browser then sends `Host: evil.com[:port]`. CSRF:
 * any page may send simple requests (form posts, text/plain fetches) to
 * http://127.0.0.1:PORT with its own Origin. Each case goes over a real
 * socket to the real transport on a real core; a refused request must leave
 * the store untouched and carry no CORS grant.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/create-core.js';
import type { Core } from '../../../electron/core/create-core.js';
import { startHttpTransport } from '../../../electron/http/http-server.js';
import type { HttpTransport } from '../../../electron/http/http-server.js';
import { ok } from '../../helpers/core.js';
import { rawRequest } from './raw-http.js';
import type { RawRequest, RawResponse } from './raw-http.js';

let dir: string;
let core: Core;
let transport: HttpTransport;

// One core for the whole file (not test/helpers' per-test temp dirs): the last test counts what all the others wrote.
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-http-origin-'));
  core = await createCore({ dbPath: path.join(dir, 'cafetal.sqlite'), dataDir: dir });
  const staticDir = path.join(dir, 'renderer');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Cafetal</title>');
  transport = await startHttpTransport(core, { port: 0, staticDir });
});

afterAll(async () => {
  await transport.close();
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const PORT = () => transport.port;
const OTHER_PORT = () => (transport.port === 65535 ? 65534 : transport.port + 1);

const send = (request: RawRequest): Promise<RawResponse> => rawRequest(transport.port, request);

/** A mutation that would write to the store if it got through. */
const createOrganisation = (name: string, headers: Record<string, string | null>): Promise<RawResponse> =>
  send({
    method: 'POST',
    target: '/api/organisations.create',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ input: { name, type: 'asociacion' } }),
  });

const organisationNames = async (): Promise<string[]> =>
  (await ok(core, 'organisations.list', {})).map((organisation) => organisation.name);

function expectNoCorsGrant(response: RawResponse): void {
  for (const name of Object.keys(response.headers)) expect(name).not.toMatch(/^access-control-allow-/);
}

describe('DNS rebinding: a foreign Host header is refused', () => {
  const hosts: Array<[string, () => string | null]> = [
    ['evil.com', () => 'evil.com'],
    ['evil.com on our port', () => `evil.com:${PORT()}`],
    ['127.0.0.1.evil.com', () => '127.0.0.1.evil.com'],
    ['127.0.0.1.evil.com on our port', () => `127.0.0.1.evil.com:${PORT()}`],
    ['localhost.evil.com on our port', () => `localhost.evil.com:${PORT()}`],
    ['our address as user info', () => `127.0.0.1@evil.com:${PORT()}`],
    ['our address with a path', () => `127.0.0.1:${PORT()}/evil`],
    ['our address on another port', () => `127.0.0.1:${OTHER_PORT()}`],
    ['our address on port 80', () => '127.0.0.1'],
    ['IPv6 loopback (we do not listen there)', () => `[::1]:${PORT()}`],
    ['an empty Host', () => ''],
  ];

  it.each(hosts)('%s: the API refuses and writes nothing', async (label, host) => {
    const response = await createOrganisation(`rebinding ${label}`, { host: host() });
    expect(response.status).toBe(403);
    expect(response.body).not.toContain('rebinding');
    expectNoCorsGrant(response);
    expect(await organisationNames()).not.toContain(`rebinding ${label}`);
  });

  it.each(hosts)('%s: the page and the tiles are refused too', async (_label, host) => {
    for (const target of ['/', '/index.html', '/tiles/any/0/0/0']) {
      const response = await send({ target, headers: { host: host() } });
      expect(response.status, target).toBe(403);
      expect(response.body).not.toContain('<title>Cafetal</title>');
    }
  });

  it('refuses an HTTP/1.0 request without any Host', async () => {
    const response = await send({ target: '/index.html', version: 'HTTP/1.0', headers: { host: null } });
    expect(response.status).toBe(403);
  });

  it('answers its own names (control)', async () => {
    for (const host of [`127.0.0.1:${PORT()}`, `localhost:${PORT()}`, `LOCALHOST:${PORT()}`]) {
      const response = await send({ target: '/index.html', headers: { host } });
      expect(response.status, host).toBe(200);
      expect(response.body).toContain('<title>Cafetal</title>');
    }
  });
});

describe('cross-site requests: a foreign Origin header is refused', () => {
  const origins: Array<[string, () => string]> = [
    ['http://evil.com', () => 'http://evil.com'],
    ['https://evil.com', () => 'https://evil.com'],
    ['null (sandboxed iframe, file: or data: page)', () => 'null'],
    ['a look-alike host', () => `http://127.0.0.1.evil.com:${PORT()}`],
    ['localhost.evil.com', () => `http://localhost.evil.com:${PORT()}`],
    ['another local app on another port', () => `http://127.0.0.1:${OTHER_PORT()}`],
    ['our address on port 80', () => 'http://127.0.0.1'],
    ['https on our port', () => `https://127.0.0.1:${PORT()}`],
    ['a file: page', () => 'file://'],
    ['the desktop app', () => 'app://cafetal'],
    ['an empty Origin', () => ''],
  ];

  it.each(origins)('%s: refused, nothing written, no CORS grant', async (label, origin) => {
    const response = await createOrganisation(`cross-site ${label}`, { origin: origin() });
    expect(response.status).toBe(403);
    expectNoCorsGrant(response);
    expect(await organisationNames()).not.toContain(`cross-site ${label}`);
  });

  it.each(origins)('%s: a CORS preflight is refused', async (_label, origin) => {
    const response = await send({
      method: 'OPTIONS',
      target: '/api/organisations.create',
      headers: { origin: origin(), 'access-control-request-method': 'POST' },
    });
    expect(response.status).toBe(403);
    expectNoCorsGrant(response);
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['a form post', 'application/x-www-form-urlencoded'],
    ['a multipart form', 'multipart/form-data; boundary=x'],
    ['no content type', null],
  ])('a simple request without Origin (%s) never reaches the store', async (label, contentType) => {
    const response = await send({
      method: 'POST',
      target: '/api/organisations.create',
      headers: { 'content-type': contentType },
      body: JSON.stringify({ input: { name: `simple ${label}`, type: 'asociacion' } }),
    });
    expect(response.status).toBe(415);
    expectNoCorsGrant(response);
    expect(await organisationNames()).not.toContain(`simple ${label}`);
  });

  it('the app itself (same origin, JSON) still writes (control)', async () => {
    for (const origin of [`http://127.0.0.1:${PORT()}`, `http://localhost:${PORT()}`]) {
      const response = await createOrganisation(`own ${origin}`, { origin });
      expect(response.status, origin).toBe(200);
      expectNoCorsGrant(response);
    }
    expect(await organisationNames()).toEqual(
      expect.arrayContaining([`own http://127.0.0.1:${PORT()}`, `own http://localhost:${PORT()}`]),
    );
  });

  it('after every refusal above, only the two control organisations exist', async () => {
    expect((await organisationNames()).sort()).toEqual(
      [`own http://127.0.0.1:${PORT()}`, `own http://localhost:${PORT()}`].sort(),
    );
  });
});
