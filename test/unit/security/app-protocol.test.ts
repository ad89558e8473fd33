/**
 * The desktop app's `app://cafetal/` protocol (electron/shell/protocol.ts),
 * as registered by the real shell: it serves the renderer folder and nothing
 * beside it, whatever the URL's encoding, and every answer (200, 404, 405,
 * tiles) carries the strict CSP. Files named SECRET sit beside the renderer
 * folder, above the app and in a sibling folder whose name starts like the
 * root's, so a traversal that worked would read them.
 */
import fs from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/static/csp.js';
import { fakeElectron } from '../../helpers/fake-electron.js';
import { expectStrictCsp } from './strict-csp.js';
import { SECRET, startShell } from './start-shell.js';
import type { StartedShell } from './start-shell.js';

vi.mock('electron', async () => (await import('../../helpers/fake-electron.js')).fakeElectron);

let started: StartedShell;
beforeAll(async () => {
  started = await startShell();
});
afterAll(() => started.stop());

async function fetchApp(url: string, method = 'GET'): Promise<{ status: number; headers: Headers; body: string }> {
  const handler = fakeElectron.protocol.handlers.get('app');
  if (!handler) throw new Error('app:// is not handled');
  const response = await handler(new Request(url, { method }));
  return { status: response.status, headers: response.headers, body: await response.text() };
}

describe('app:// path traversal', () => {
  it('serves files inside the renderer folder (control)', async () => {
    expect((await fetchApp('app://cafetal/assets/index.js')).body).toBe('console.log("cafetal");');
    expect((await fetchApp('app://cafetal/assets/../index.html')).status).toBe(200);
    expect(fs.readFileSync(`${started.tmp}/secret.txt`, 'utf8')).toBe(SECRET);
  });

  const absolute = () => `${started.tmp}/app/dist/secret.txt`;
  it.each([
    ['plain ..', () => 'app://cafetal/../secret.txt'],
    ['deep plain ..', () => 'app://cafetal/assets/../../../secret.txt'],
    ['encoded dots', () => 'app://cafetal/%2e%2e/secret.txt'],
    ['upper-case encoded dots', () => 'app://cafetal/%2E%2E/%2E%2E/secret.txt'],
    ['half-encoded dots', () => 'app://cafetal/.%2e/secret.txt'],
    ['encoded slash', () => 'app://cafetal/..%2fsecret.txt'],
    ['encoded slash, upper case', () => 'app://cafetal/..%2F..%2Fsecret.txt'],
    ['everything encoded', () => 'app://cafetal/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret.txt'],
    ['encoded slash inside a folder name', () => 'app://cafetal/assets%2f..%2f..%2fsecret.txt'],
    ['encoded backslash', () => 'app://cafetal/..%5csecret.txt'],
    ['literal backslash', () => 'app://cafetal/..\\secret.txt'],
    ['literal backslashes, deep', () => 'app://cafetal/assets\\..\\..\\..\\secret.txt'],
    ['double-encoded dots and slash', () => 'app://cafetal/%252e%252e%252fsecret.txt'],
    ['double-encoded slash', () => 'app://cafetal/..%252f..%252fsecret.txt'],
    ['overlong UTF-8 dots', () => 'app://cafetal/%c0%ae%c0%ae/secret.txt'],
    ['overlong UTF-8 slash', () => 'app://cafetal/..%c0%afsecret.txt'],
    ['sibling folder with the same prefix', () => 'app://cafetal/..%2frenderer-evil%2fx.js'],
    ['absolute path', () => `app://cafetal/${absolute()}`],
    ['absolute path, encoded', () => `app://cafetal/${encodeURIComponent(absolute())}`],
    ['Windows drive', () => 'app://cafetal/C:/Windows/win.ini'],
    ['Windows drive, encoded', () => 'app://cafetal/C%3A%5CWindows%5Cwin.ini'],
    ['UNC share, encoded', () => 'app://cafetal/%5C%5Cserver%5Cshare%5Csecret.txt'],
    ['NUL byte', () => 'app://cafetal/index.html%00.png'],
    ['NUL byte before ..', () => 'app://cafetal/%00/../secret.txt'],
    ['NTFS stream', () => 'app://cafetal/index.html::$DATA'],
    ['through the tiles route', () => 'app://cafetal/tiles/..%2f..%2fsecret.txt'],
    ['through the tiles route, encoded dots', () => 'app://cafetal/tiles/%2e%2e/%2e%2e/%2e%2e/secret.txt'],
    ['another host', () => 'app://evil/index.html'],
  ])('refuses %s', async (_label, url) => {
    const response = await fetchApp(url());
    expect(response.status, url()).toBeGreaterThanOrEqual(400);
    expect(response.body).not.toContain(SECRET);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never answers a file outside the renderer folder, for generated traversal paths (fuzzed)', async () => {
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
    const paths = fc.array(segment, { minLength: 1, maxLength: 8 }).map((parts) => parts.join('/'));
    await fc.assert(
      fc.asyncProperty(paths, fc.constantFrom('GET', 'HEAD'), async (pathPart, method) => {
        const response = await fetchApp(`app://cafetal/${pathPart}`, method);
        expect(response.body).not.toContain(SECRET);
        expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      }),
      { seed: 21, numRuns: 1_000 },
    );
  });
});

describe('app:// Content-Security-Policy', () => {
  it.each([
    ['the page', 'app://cafetal/index.html', 'GET', 200],
    ['the root', 'app://cafetal/', 'GET', 200],
    ['a script', 'app://cafetal/assets/index.js', 'GET', 200],
    ['a stylesheet', 'app://cafetal/assets/index.css', 'GET', 200],
    ['a HEAD request', 'app://cafetal/index.html', 'HEAD', 200],
    ['a missing file', 'app://cafetal/missing.js', 'GET', 404],
    ['a refused path', 'app://cafetal/..%2fsecret.txt', 'GET', 404],
    ['another host', 'app://other/index.html', 'GET', 404],
    ['a POST', 'app://cafetal/index.html', 'POST', 405],
    ['a PUT', 'app://cafetal/index.html', 'PUT', 405],
    ['an unknown tile set', 'app://cafetal/tiles/does-not-exist/1/0/0', 'GET', 404],
  ])('is on %s (%s %s → %i), strict, with nosniff', async (_label, url, method, status) => {
    const response = await fetchApp(url, method);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expectStrictCsp(response.headers.get('content-security-policy'));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
