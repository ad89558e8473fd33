/**
 * Browser mode (electron/http/http-server.ts) over real sockets: every answer
 * carries the strict CSP and the other security headers, whatever route or
 * error produced it, and no request target reaches a file outside the
 * renderer folder. Targets are sent byte for byte (raw-http.ts), so the
 * server sees backslashes and encodings exactly as a hostile client sends them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/create-core.js';
import type { Core } from '../../../electron/core/create-core.js';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/static/csp.js';
import { startHttpTransport } from '../../../electron/http/http-server.js';
import type { HttpTransport } from '../../../electron/http/http-server.js';
import { expectStrictCsp } from '../../unit/security/strict-csp.js';
import { rawRequest } from './raw-http.js';
import type { RawRequest, RawResponse } from './raw-http.js';

const SECRET = 'cafetal-secret-outside-the-renderer';

let dir: string;
let core: Core;
let transport: HttpTransport;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-http-csp-'));
  core = await createCore({ dbPath: path.join(dir, 'cafetal.sqlite'), dataDir: dir });
  const staticDir = path.join(dir, 'app', 'dist', 'renderer');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Cafetal</title>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'index.js'), 'console.log("cafetal");');
  // Targets for traversal: beside the renderer, above the app, and a sibling whose name starts like the root.
  fs.writeFileSync(path.join(dir, 'app', 'dist', 'secret.txt'), SECRET);
  fs.writeFileSync(path.join(dir, 'secret.txt'), SECRET);
  fs.mkdirSync(path.join(dir, 'app', 'dist', 'renderer-evil'));
  fs.writeFileSync(path.join(dir, 'app', 'dist', 'renderer-evil', 'x.js'), SECRET);
  transport = await startHttpTransport(core, { port: 0, staticDir });
});

afterAll(async () => {
  await transport.close();
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const send = (request: RawRequest): Promise<RawResponse> => rawRequest(transport.port, request);
const json = { 'content-type': 'application/json' };

function expectSecurityHeaders(response: RawResponse): void {
  expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expectStrictCsp(response.headers['content-security-policy']);
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['x-frame-options']).toBe('DENY');
  expect(response.headers['referrer-policy']).toBe('no-referrer');
  expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
}

describe('HTTP transport: the CSP is on every response', () => {
  it.each<[string, RawRequest, number]>([
    ['the page', { target: '/' }, 200],
    ['index.html', { target: '/index.html' }, 200],
    ['a script', { target: '/assets/index.js' }, 200],
    ['a HEAD request', { method: 'HEAD', target: '/' }, 200],
    ['a missing file', { target: '/missing.js' }, 404],
    ['a refused path', { target: '/..%2fsecret.txt' }, 404],
    ['a path that is not a path', { target: '//' }, 400],
    ['an absolute-form target', { target: 'http://evil.example/' }, 400],
    ['a POST to a page', { method: 'POST', target: '/index.html', body: '' }, 405],
    ['a GET on the API', { target: '/api/system.info' }, 405],
    ['a form post to the API', { method: 'POST', target: '/api/system.info', body: 'a=b' }, 415],
    ['an API query', { method: 'POST', target: '/api/system.info', headers: json, body: '{"input":{}}' }, 200],
    [
      'an invalid API input',
      { method: 'POST', target: '/api/organisations.create', headers: json, body: '{"input":{"name":""}}' },
      400,
    ],
    ['an unknown procedure', { method: 'POST', target: '/api/plots.explode', headers: json, body: '{}' }, 404],
    ['a job (NDJSON)', { method: 'POST', target: '/api/backups.create', headers: json, body: '{"input":{}}' }, 200],
    ['an unknown tile set', { target: '/tiles/does-not-exist/1/0/0' }, 404],
    ['a foreign Host', { target: '/', headers: { host: 'evil.example' } }, 403],
    ['a foreign Origin', { target: '/', headers: { origin: 'http://evil.example' } }, 403],
  ])('%s', async (_label, request, status) => {
    const response = await send(request);
    expect(response.status).toBe(status);
    expectSecurityHeaders(response);
  });
});

describe('HTTP transport: path traversal', () => {
  const absolute = () => path.join(dir, 'app', 'dist', 'secret.txt').split(path.sep).join('/');
  it.each<[string, () => string]>([
    ['plain ..', () => '/../secret.txt'],
    ['deep plain ..', () => '/assets/../../../secret.txt'],
    ['encoded dots', () => '/%2e%2e/secret.txt'],
    ['upper-case encoded dots and slashes', () => '/%2E%2E%2F%2E%2E%2Fsecret.txt'],
    ['half-encoded dots', () => '/.%2e/secret.txt'],
    ['encoded slash', () => '/..%2fsecret.txt'],
    ['encoded slash inside a folder name', () => '/assets%2f..%2f..%2fsecret.txt'],
    ['literal backslash', () => '/..\\secret.txt'],
    ['literal backslashes, deep', () => '/assets\\..\\..\\..\\secret.txt'],
    ['encoded backslash', () => '/%5c..%5csecret.txt'],
    ['double-encoded dots and slash', () => '/%252e%252e%252fsecret.txt'],
    ['double-encoded slash', () => '/..%252f..%252fsecret.txt'],
    ['overlong UTF-8 dots', () => '/%c0%ae%c0%ae/secret.txt'],
    ['overlong UTF-8 slash', () => '/..%c0%afsecret.txt'],
    ['sibling folder with the same prefix', () => '/..%2frenderer-evil%2fx.js'],
    ['absolute path', () => `/${absolute()}`],
    ['absolute path, encoded', () => `/${encodeURIComponent(absolute())}`],
    ['Windows drive', () => '/C:/Windows/win.ini'],
    ['Windows drive, encoded', () => '/C%3A%5CWindows%5Cwin.ini'],
    ['UNC share, encoded', () => '/%5C%5Cserver%5Cshare%5Csecret.txt'],
    ['NUL byte', () => '/index.html%00.png'],
    ['NUL byte before ..', () => '/%00/../secret.txt'],
    ['through the tiles route', () => '/tiles/..%2f..%2fsecret.txt'],
    ['through the API route', () => '/api/..%2f..%2fsecret.txt'],
  ])('refuses %s', async (_label, target) => {
    for (const method of ['GET', 'HEAD']) {
      const response = await send({ method, target: target() });
      expect(response.status, `${method} ${target()}`).toBeGreaterThanOrEqual(400);
      expect(response.body).not.toContain(SECRET);
      expectSecurityHeaders(response);
    }
  });

  it('never answers a file outside the renderer folder, for generated traversal targets (fuzzed)', async () => {
    const segment = fc.constantFrom(
      '..',
      '.',
      '%2e%2e',
      '%2E%2e',
      '.%2e',
      '%2f',
      '%5c',
      '\\',
      '%00',
      '%252e%252e',
      '%c0%ae',
      '',
      'assets',
      'dist',
      'app',
      'secret.txt',
      'renderer-evil',
      'x.js',
      'C:',
      '%3a',
      'tiles',
    );
    const targets = fc.array(segment, { minLength: 1, maxLength: 8 }).map((parts) => `/${parts.join('/')}`);
    await fc.assert(
      fc.asyncProperty(targets, async (target) => {
        const response = await send({ target });
        expect(response.body).not.toContain(SECRET);
        expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      }),
      { seed: 31, numRuns: 500 },
    );
  });
});
