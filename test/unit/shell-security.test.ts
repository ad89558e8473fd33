/**
 * The Electron shell's security policy, checked without Electron: main.ts and
 * preload.ts run against a fake `electron` (test/helpers/fake-electron.ts)
 * that records what they configure, and IPC calls reach a real core on a
 * temporary SQLite file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/core/static/csp.js';
import type { RunningShell } from '../../electron/shell/main.js';
import { procedureNames, splitProcedureName } from '../../shared/api/contract.js';
import type { ProcedureName } from '../../shared/api/contract.js';
import type { ApiResult, ProgressEvent } from '../../shared/api/errors.js';
import type { SystemInfo } from '../../shared/api/system.js';
import { fakeControl, fakeElectron, fakeEvent } from '../helpers/fake-electron.js';

vi.mock('electron', async () => (await import('../helpers/fake-electron.js')).fakeElectron);

const APP_URL = 'app://cafetal/index.html';
let tmp: string;
let shell: RunningShell;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-shell-'));
  fakeControl.paths.userData = path.join(tmp, 'userData');
  fakeControl.paths.appPath = path.join(tmp, 'app');
  const rendererRoot = path.join(tmp, 'app', 'dist', 'renderer');
  fs.mkdirSync(rendererRoot, { recursive: true });
  fs.writeFileSync(path.join(rendererRoot, 'index.html'), '<!doctype html><title>Cafetal</title>');
  // A file next to the served root that traversal must not reach.
  fs.writeFileSync(path.join(tmp, 'app', 'dist', 'secret.txt'), 'secret');
  vi.stubEnv('CAFETAL_DB', '');

  const main = await import('../../electron/shell/main.js');
  const started = await main.shellStarted;
  if (!started) throw new Error('The shell did not start; see the dialog.showErrorBox mock.');
  shell = started;
});

afterAll(() => {
  fakeElectron.app.emit('will-quit'); // main.ts closes the core here
  vi.unstubAllEnvs();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const mainWindow = () => {
  const win = fakeControl.windows[0];
  if (!win) throw new Error('no window was created');
  return win;
};

describe('start-up', () => {
  it('registers app:// as privileged before ready and takes the single-instance lock', () => {
    expect(fakeElectron.protocol.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fakeControl.order.indexOf('registerSchemesAsPrivileged')).toBeLessThan(
      fakeControl.order.indexOf('whenReady'),
    );
    expect(fakeControl.order).toContain('requestSingleInstanceLock');
    expect(fakeElectron.app.listenersOf('second-instance')).toHaveLength(1);
  });

  it('opens the database in userData and loads the app from app://', () => {
    expect(shell.core.context.dataDir).toBe(fakeControl.paths.userData);
    expect(fakeControl.windows).toHaveLength(1);
    expect(mainWindow().loadedUrls).toEqual([APP_URL]);
  });
});

describe('window', () => {
  it('gives the renderer no Node and no Electron', () => {
    expect(mainWindow().options.webPreferences).toEqual({
      preload: path.join(fakeControl.paths.appPath, 'out', 'shell', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it.each(['will-navigate', 'will-redirect'])('%s: stays on app://cafetal, refuses other sites', (eventName) => {
    const navigate = (url: string) => {
      const event = fakeEvent({ url });
      for (const listener of mainWindow().webContents.listenersOf(eventName)) listener(event);
      return event.defaultPrevented;
    };
    expect(mainWindow().webContents.listenersOf(eventName).length).toBeGreaterThan(0);
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('app://cafetal.evil/index.html')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://cafetal/index.html#/plots')).toBe(false);
    expect(navigate('app://cafetal/other.html')).toBe(false);
  });

  it('refuses <webview>', () => {
    const event = fakeEvent();
    for (const listener of mainWindow().webContents.listenersOf('will-attach-webview')) listener(event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('denies window.open and opens only allow-listed https links, by parsed hostname', () => {
    const open = mainWindow().webContents.windowOpenHandler;
    if (!open) throw new Error('no window open handler');
    const openExternal = fakeElectron.shell.openExternal;
    const tryOpen = (url: string): boolean => {
      openExternal.mockClear();
      expect(open({ url })).toEqual({ action: 'deny' });
      return openExternal.mock.calls.length > 0;
    };

    expect(tryOpen('https://www.senamhi.gob.pe/?p=pronostico-meteorologico')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://www.senamhi.gob.pe/?p=pronostico-meteorologico');
    expect(tryOpen('https://sigrid.cenepred.gob.pe/sigridv3/')).toBe(true);

    expect(tryOpen('https://evil.example/')).toBe(false);
    expect(tryOpen('https://www.senamhi.gob.pe.evil.com/')).toBe(false);
    expect(tryOpen('https://evil.com/www.senamhi.gob.pe')).toBe(false);
    expect(tryOpen('https://www.senamhi.gob.pe@evil.com/')).toBe(false);
    expect(tryOpen('https://user:pw@www.senamhi.gob.pe/')).toBe(false);
    expect(tryOpen('http://www.senamhi.gob.pe/')).toBe(false);
    expect(tryOpen('https://www.senamhi.gob.pe:8443/')).toBe(false);
    expect(tryOpen('file:///C:/Windows/System32/calc.exe')).toBe(false);
    expect(tryOpen('app://cafetal/index.html')).toBe(false);
    expect(tryOpen('not a url')).toBe(false);
  });

  it('denies every permission request and check but full screen for the app itself', () => {
    const ses = fakeElectron.session.defaultSession;
    const askFrom = (url: string, permission: string): unknown => {
      const callback = vi.fn();
      ses.permissionRequestHandler?.({ getURL: () => url }, permission, callback, {});
      return callback.mock.calls[0]?.[0];
    };
    expect(askFrom(APP_URL, 'geolocation')).toBe(false);
    expect(askFrom(APP_URL, 'media')).toBe(false);
    expect(askFrom(APP_URL, 'fullscreen')).toBe(true);
    expect(askFrom('https://evil.example/', 'fullscreen')).toBe(false);
    expect(ses.permissionCheckHandler?.(null, 'media', APP_URL, {})).toBe(false);
  });

  it("cancels every request that is not the app's own", () => {
    const ses = fakeElectron.session.defaultSession;
    const decide = (url: string): unknown => {
      const callback = vi.fn();
      ses.beforeRequest?.({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(decide('app://cafetal/assets/index.js')).toEqual({ cancel: false });
    expect(decide('app://cafetal/tiles/abc/3/2/1')).toEqual({ cancel: false });
    expect(decide('blob:app://cafetal/1234')).toEqual({ cancel: false });
    expect(decide('data:image/png;base64,AAAA')).toEqual({ cancel: false });
    expect(decide('https://tile.openstreetmap.org/3/2/1.png')).toEqual({ cancel: true });
    expect(decide('http://127.0.0.1:8080/')).toEqual({ cancel: true });
    expect(decide('app://cafetal.evil/x')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
    expect(decide('ws://example.org/')).toEqual({ cancel: true });
  });

  it('remembers its bounds in userData/window-state.json on close', () => {
    mainWindow().emit('close');
    const saved: unknown = JSON.parse(
      fs.readFileSync(path.join(fakeControl.paths.userData, 'window-state.json'), 'utf8'),
    );
    expect(saved).toMatchObject({ width: mainWindow().options.width, maximized: false });
  });
});

describe('app:// protocol', () => {
  const fetchApp = (url: string, method = 'GET'): Promise<Response> => {
    const handler = fakeElectron.protocol.handlers.get('app');
    if (!handler) throw new Error('app:// is not handled');
    return handler(new Request(url, { method }));
  };

  it('serves the renderer with the strict CSP', async () => {
    for (const url of [APP_URL, 'app://cafetal/']) {
      const response = await fetchApp(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('<title>Cafetal</title>');
    }
  });

  it('answers 404 outside the renderer folder, for missing files and for other hosts', async () => {
    for (const url of [
      'app://cafetal/..%2Fsecret.txt',
      'app://cafetal/..%5Csecret.txt',
      'app://cafetal/%2e%2e%2fsecret.txt',
      'app://cafetal/missing.js',
      'app://other/index.html',
    ]) {
      const response = await fetchApp(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await fetchApp(APP_URL, 'POST')).status).toBe(405);
  });
});

describe('IPC', () => {
  const appEvent = (url: string | null) => ({
    senderFrame: url === null ? null : { url },
    sender: { send: vi.fn(), isDestroyed: () => false },
  });
  const callHandler = async (name: string, url: string | null, input: unknown = {}): Promise<ApiResult<unknown>> => {
    const handler = fakeControl.ipcHandlers.get(`api:${name}`);
    if (!handler) throw new Error(`api:${name} is not registered`);
    return (await handler(appEvent(url), input, 'call-1')) as ApiResult<unknown>;
  };

  it('registers one channel per contract procedure and nothing else', () => {
    expect([...fakeControl.ipcHandlers.keys()].sort()).toEqual(procedureNames.map((name) => `api:${name}`).sort());
    expect(fakeElectron.ipcMain.on).not.toHaveBeenCalled();
    expect(fakeElectron.ipcMain.handleOnce).not.toHaveBeenCalled();
  });

  it.each([
    ['a foreign site', 'https://evil.example/'],
    ['a file: page', 'file:///tmp/index.html'],
    ['a look-alike host', 'app://cafetal.evil/index.html'],
    ['a destroyed frame', null],
  ])('answers FORBIDDEN to %s', async (_label, url) => {
    const result = await callHandler('system.info', url);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('lets the app frame reach the real core', async () => {
    const result = await callHandler('system.info', APP_URL);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    const info = result.value as SystemInfo;
    expect(info.schemaVersion).toBeGreaterThanOrEqual(1);
    expect(info.dbPath).toBe(path.join(fakeControl.paths.userData, 'cafetal.sqlite'));
  });

  it('still validates input in the core', async () => {
    const result = await callHandler('system.info', APP_URL, { unexpected: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('preload', () => {
  type Method = (input: unknown, callId: string) => Promise<unknown>;
  let bridge: Record<string, unknown>;

  beforeAll(async () => {
    await import('../../electron/shell/preload.js');
    expect(fakeElectron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    bridge = fakeControl.exposed.get('cafetal') as Record<string, unknown>;
  });

  const method = (name: ProcedureName): Method => {
    const [domain, verb] = splitProcedureName(name);
    return (bridge[domain] as Record<string, Method>)[verb] as Method;
  };

  it('exposes exactly the contract as nested named methods, plus onProgress and pathForFile', () => {
    const expected: Record<string, string[]> = {};
    for (const name of procedureNames) {
      const [domain, verb] = splitProcedureName(name);
      (expected[domain] ??= []).push(verb);
    }
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(expected), 'onProgress', 'pathForFile'].sort());
    expect(typeof bridge.onProgress).toBe('function');
    const pathForFile = bridge.pathForFile as (file: object) => string;
    expect(pathForFile({ path: '/media/usb/ortofoto.mbtiles' })).toBe('/media/usb/ortofoto.mbtiles');
    expect(pathForFile({})).toBe('');
    for (const [domain, verbs] of Object.entries(expected)) {
      const methods = bridge[domain] as Record<string, unknown>;
      expect(Object.keys(methods).sort()).toEqual(verbs.sort());
      for (const verb of verbs) expect(typeof methods[verb]).toBe('function');
    }
  });

  it('never hands out ipcRenderer or a generic invoke', () => {
    const seen = new Set<unknown>();
    const walk = (value: unknown): void => {
      if (typeof value !== 'object' || value === null || seen.has(value)) return;
      seen.add(value);
      expect(value).not.toBe(fakeElectron.ipcRenderer);
      for (const [key, child] of Object.entries(value)) {
        expect(['ipcRenderer', 'invoke', 'send', 'sendSync', 'on']).not.toContain(key);
        walk(child);
      }
    };
    walk(bridge);
    expect(Object.values(bridge)).not.toContain(fakeElectron.ipcRenderer.invoke);
  });

  it('calls the procedure channel with input and callId, and the answer comes from the core', async () => {
    fakeControl.rendererFrame.url = APP_URL;
    const result = (await method('system.info')({}, 'call-42')) as ApiResult<SystemInfo>;
    expect(fakeElectron.ipcRenderer.invoke).toHaveBeenLastCalledWith('api:system.info', {}, 'call-42');
    expect(result.ok && result.value.schemaVersion).toBeGreaterThanOrEqual(1);
  });

  it('delivers progress to listeners without the IPC event, until unsubscribed', async () => {
    const received: unknown[][] = [];
    const onProgress = bridge.onProgress as (listener: (event: ProgressEvent) => void) => () => void;
    const unsubscribe = onProgress((...args) => received.push(args));

    const result = (await method('backups.create')({}, 'backup-1')) as ApiResult<unknown>;
    expect(result.ok).toBe(true);
    expect(received.length).toBeGreaterThan(0);
    for (const args of received) {
      expect(args).toHaveLength(1); // the listener never sees Electron's event (it carries `sender`)
      expect(args[0]).toMatchObject({ callId: 'backup-1', stage: 'backup' });
    }

    unsubscribe();
    const before = received.length;
    await method('backups.create')({}, 'backup-2');
    expect(received.length).toBe(before);
  });
});
