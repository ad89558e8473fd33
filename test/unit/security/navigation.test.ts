/**
 * The main window never leaves app://cafetal and never opens another window.
 * The real shell (electron/shell/main.ts) runs against the fake `electron`;
 * the events below are replayed into the listeners it registered, shaped as
 * Electron delivers them. Complements test/unit/shell-security.test.ts with
 * the URL forms an attacker would try and with fuzzed URLs.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EXTERNAL_LINK_HOSTS } from '../../../electron/shell/external-links.js';
import { fakeControl, fakeElectron, fakeEvent } from '../../helpers/fake-electron.js';
import { startShell } from './start-shell.js';
import type { StartedShell } from './start-shell.js';

vi.mock('electron', async () => (await import('../../helpers/fake-electron.js')).fakeElectron);

let started: StartedShell;
beforeAll(async () => {
  started = await startShell();
});
afterAll(() => started.stop());

const contents = () => {
  const win = fakeControl.windows[0];
  if (!win) throw new Error('no window was created');
  return win.webContents;
};

/** True when the shell cancelled the navigation. */
function blocked(eventName: 'will-navigate' | 'will-redirect', url: string | undefined): boolean {
  const listeners = contents().listenersOf(eventName);
  expect(listeners.length, `${eventName} listeners`).toBeGreaterThan(0);
  const event = fakeEvent({ url, isMainFrame: true, isSameDocument: false });
  for (const listener of listeners) listener(event);
  return event.defaultPrevented;
}

const OUTSIDE = [
  'https://evil.example/',
  'http://evil.example/',
  'https://www.senamhi.gob.pe/', // allow-listed for the system browser, still never inside the app window
  'http://127.0.0.1:5757/', // browser mode's server: another origin
  'http://localhost/',
  'file:///etc/passwd',
  'file:///C:/Users/Public/cafetal.html',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://cafetal/0b7e6e2c-6a79-4d0e-8a6c-0f6d2f9d2f40',
  'about:blank',
  'app://cafetal.evil/index.html',
  'app://evil/index.html',
  'app://cafetal:8080/index.html',
  'app://user@cafetal/index.html',
  'app://user:pw@cafetal/index.html',
  'APP://CAFETAL.EVIL/index.html',
  'devtools://devtools/bundled/inspector.html',
  'chrome://settings',
  'not a url',
  '',
];

describe.each(['will-navigate', 'will-redirect'] as const)('%s', (eventName) => {
  it.each(OUTSIDE)('cancels %j', (url) => {
    expect(blocked(eventName, url)).toBe(true);
  });

  it('cancels an event without a URL', () => {
    expect(blocked(eventName, undefined)).toBe(true);
  });

  it('lets the app move between its own pages and routes', () => {
    expect(blocked(eventName, 'app://cafetal/index.html')).toBe(false);
    expect(blocked(eventName, 'app://cafetal/index.html#/imprimir/plan/3')).toBe(false);
    expect(blocked(eventName, 'app://cafetal/')).toBe(false);
  });

  it('cancels every generated http(s) URL and keeps every app://cafetal path (fuzzed)', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(blocked(eventName, url)).toBe(true);
      }),
      { seed: 11, numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.webPath(), (webPath) => {
        expect(blocked(eventName, `app://cafetal/${webPath.replace(/^\/+/, '')}`)).toBe(false);
      }),
      { seed: 12, numRuns: 500 },
    );
  });
});

describe('new windows (window.open, target=_blank, middle-click)', () => {
  const openExternal = fakeElectron.shell.openExternal;
  const request = (url: string, disposition = 'foreground-tab', features = '') => {
    const handler = contents().windowOpenHandler;
    if (!handler) throw new Error('no window open handler');
    openExternal.mockClear();
    const answer = (handler as (details: Record<string, unknown>) => unknown)({
      url,
      frameName: '',
      features,
      disposition,
      referrer: { url: 'app://cafetal/index.html', policy: 'strict-origin-when-cross-origin' },
    });
    return { answer, opened: openExternal.mock.calls.map((call) => call[0]) };
  };

  it.each(['foreground-tab', 'background-tab', 'new-window', 'other'])(
    'middle-click, Ctrl+click, Shift+click and window.open are all denied (%s)',
    (disposition) => {
      expect(request('app://cafetal/index.html', disposition).answer).toEqual({ action: 'deny' });
      expect(request('https://evil.example/', disposition).answer).toEqual({ action: 'deny' });
      const allowListed = request('https://www.senamhi.gob.pe/', disposition);
      expect(allowListed.answer).toEqual({ action: 'deny' });
      expect(allowListed.opened).toEqual(['https://www.senamhi.gob.pe/']);
    },
  );

  it('denies a popup asking for its own features, even about:blank', () => {
    expect(request('about:blank', 'new-window', 'width=400,height=300,nodeIntegration=yes').answer).toEqual({
      action: 'deny',
    });
    expect(request('', 'new-window').answer).toEqual({ action: 'deny' });
  });

  it.each([
    'https://gob.pe.evil.com/',
    'https://www.senamhi.gob.pe.evil.com/',
    'https://evil.com/?gob.pe',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'http://www.senamhi.gob.pe/',
  ])('hands %j to nobody', (url) => {
    const { answer, opened } = request(url);
    expect(answer).toEqual({ action: 'deny' });
    expect(opened).toEqual([]);
  });

  it('never allows a window and opens only allow-listed https hosts, normalised (fuzzed)', () => {
    const allowed = fc
      .tuple(fc.constantFrom(...EXTERNAL_LINK_HOSTS), fc.webPath())
      .map(([host, webPath]) => `https://${host}${webPath}`);
    const any = fc.oneof(allowed, fc.webUrl({ withFragments: true }), fc.string());
    fc.assert(
      fc.property(any, fc.constantFrom('foreground-tab', 'background-tab', 'new-window'), (url, disposition) => {
        const { answer, opened } = request(url, disposition);
        expect(answer).toEqual({ action: 'deny' });
        expect(opened.length).toBeLessThanOrEqual(1);
        for (const target of opened) {
          const parsed = new URL(String(target));
          expect(parsed.protocol).toBe('https:');
          expect(EXTERNAL_LINK_HOSTS.has(parsed.hostname)).toBe(true);
          expect(target).toBe(new URL(url).href);
        }
      }),
      { seed: 13, numRuns: 1_000 },
    );
  });
});
