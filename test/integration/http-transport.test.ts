import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/create-core.js';
import { startHttpTransport } from '../../electron/http/http-server.js';
import type { HttpTransport } from '../../electron/http/http-server.js';
import { ok, tempCore } from '../helpers/core.js';
import { tempDir } from '../helpers/temp-dir.js';

let core: Core | undefined;
let transport: HttpTransport | undefined;
afterEach(async () => {
  await transport?.close();
  core?.close();
  transport = undefined;
  core = undefined;
});

async function start(): Promise<HttpTransport> {
  core = await tempCore();
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Cafetal</title>');
  fs.writeFileSync(path.join(tempDir(), 'secret.txt'), 'not for the browser');
  transport = await startHttpTransport(core, { port: 0, staticDir });
  return transport;
}

/** Raw requests, so the test controls Host and Origin like a hostile page could. */
function request(
  t: HttpTransport,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: t.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const post = (t: HttpTransport, name: string, payload: unknown, headers: Record<string, string> = {}) =>
  request(t, {
    method: 'POST',
    path: `/api/${name}`,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(payload),
  });

describe('HTTP transport (browser mode)', () => {
  it('listens on 127.0.0.1 only, on the port it reports', async () => {
    const t = await start();
    const address = t.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
    expect(t.url).toBe(`http://127.0.0.1:${t.port}/`);
  });

  it('serves the same contract as IPC: system.info and a created organisation', async () => {
    const t = await start();
    const created = await post(t, 'organisations.create', { input: { name: 'Aprocassi', type: 'asociacion' } });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { name: 'Aprocassi', type: 'asociacion' } });
    const info = JSON.parse((await post(t, 'system.info', { input: {} })).body);
    expect(info.value.counts.organisations).toBe(1);
    expect((await ok(core!, 'organisations.list', {}))[0]?.name).toBe('Aprocassi');
  });

  it('answers bad input with a 400 error envelope', async () => {
    const t = await start();
    const res = await post(t, 'organisations.create', { input: { name: '' } });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const notJson = await request(t, {
      method: 'POST',
      path: '/api/system.info',
      headers: { 'content-type': 'application/json' },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
    const unknown = await post(t, 'plots.explode', { input: {} });
    expect(JSON.parse(unknown.body).error.code).toBe('UNKNOWN_PROCEDURE');
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    const t = await start();
    const rebinding = await post(t, 'system.info', { input: {} }, { host: `evil.example:${t.port}` });
    expect(rebinding.status).toBe(403);
    const crossSite = await post(t, 'system.info', { input: {} }, { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    const lookalike = await post(
      t,
      'system.info',
      { input: {} },
      { origin: `http://127.0.0.1.evil.example:${t.port}` },
    );
    expect(lookalike.status).toBe(403);
    const sameOrigin = await post(t, 'system.info', { input: {} }, { origin: `http://127.0.0.1:${t.port}` });
    expect(sameOrigin.status).toBe(200);
  });

  it('refuses form posts (no JSON content type) and GET on the API', async () => {
    const t = await start();
    const form = await request(t, {
      method: 'POST',
      path: '/api/organisations.create',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=x',
    });
    expect(form.status).toBe(415);
    expect((await request(t, { path: '/api/system.info' })).status).toBe(405);
  });

  it('streams job progress as NDJSON, then the result', async () => {
    const t = await start();
    await ok(core!, 'organisations.create', { name: 'Con datos', type: 'otra' });
    const res = await post(t, 'backups.create', { input: {}, callId: 'job-1' });
    expect(res.headers['content-type']).toContain('application/x-ndjson');
    const lines = res.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.at(-1)).toMatchObject({ type: 'result', result: { ok: true } });
    expect(lines.slice(0, -1).every((l) => l.type === 'progress' && l.event.callId === 'job-1')).toBe(true);
    expect(lines.length).toBeGreaterThan(1);
    expect(fs.existsSync(lines.at(-1).result.value.path)).toBe(true);
  });

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const t = await start();
    const index = await request(t, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Cafetal</title>');
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    for (const sneaky of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2f%2e%2e%2fetc/passwd',
    ]) {
      const res = await request(t, { path: sneaky });
      expect(res.status, sneaky).toBe(404);
      expect(res.body).not.toContain('not for the browser');
    }
  });
});
