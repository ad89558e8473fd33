/**
 * The hidden window that prints PDF reports (electron/shell/electron-printer.ts)
 * is as locked down as the main one. Electronegativity cannot see that (it
 * reads only an object literal inside `new BrowserWindow(…)`, and ours come
 * from secureWebPreferences()), so this test is the proof its accepted
 * findings point to (scripts/electron-security-accepted.json).
 *
 * Runs against the fake `electron` (test/helpers/fake-electron.ts); the
 * Electron calls the printer needs beyond what the fake records
 * (executeJavaScript, printToPDF, destroy) are stubbed here, as Electron's.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createElectronPrinter } from '../../../electron/shell/electron-printer.js';
import { fakeControl, fakeElectron, fakeEvent } from '../../helpers/fake-electron.js';

vi.mock('electron', async () => (await import('../../helpers/fake-electron.js')).fakeElectron);

const PRELOAD = '/app/out/shell/preload.cjs';
const PDF_BYTES = Buffer.from('%PDF-1.7\n%fake\n');

type PrinterWindow = (typeof fakeControl.windows)[number];
let win: PrinterWindow;
let pdf: Uint8Array;

beforeAll(async () => {
  // Electron's, not ours: what a loaded print route answers, and the PDF Chromium writes.
  const webContentsProto = Object.getPrototypeOf(fakeControl.rendererFrame.sender) as Record<string, unknown>;
  webContentsProto.executeJavaScript = () => Promise.resolve({ ready: true, error: null, header: 'H', footer: 'F' });
  webContentsProto.printToPDF = () => Promise.resolve(PDF_BYTES);
  (fakeElectron.BrowserWindow.prototype as unknown as Record<string, unknown>).destroy = vi.fn();

  pdf = await createElectronPrinter(PRELOAD).print('#/imprimir/plan/1', { locale: 'es-PE' });
  const created = fakeControl.windows.at(-1);
  if (!created) throw new Error('the printer opened no window');
  win = created;
});

describe('the PDF printer window', () => {
  it('prints the route from app://cafetal and returns the PDF bytes', () => {
    expect(win.loadedUrls).toEqual(['app://cafetal/index.html#/imprimir/plan/1']);
    expect(Buffer.from(pdf).toString()).toBe(PDF_BYTES.toString());
  });

  it('is hidden and gives its page no Node and no Electron, like the main window', () => {
    expect(win.options.show).toBe(false);
    expect(win.options.webPreferences).toEqual({
      preload: PRELOAD,
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

  it('cannot navigate away, open windows or attach a <webview>', () => {
    for (const eventName of ['will-navigate', 'will-redirect']) {
      const event = fakeEvent({ url: 'https://evil.example/' });
      for (const listener of win.webContents.listenersOf(eventName)) listener(event);
      expect(event.defaultPrevented, eventName).toBe(true);
    }
    const webview = fakeEvent();
    for (const listener of win.webContents.listenersOf('will-attach-webview')) listener(webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
    const open = win.webContents.windowOpenHandler;
    expect(open?.({ url: 'app://cafetal/index.html' })).toEqual({ action: 'deny' });
    expect(open?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('destroys the window once printed', () => {
    expect(fakeElectron.BrowserWindow.prototype).toHaveProperty('destroy');
    const destroy = (fakeElectron.BrowserWindow.prototype as unknown as { destroy: ReturnType<typeof vi.fn> }).destroy;
    expect(destroy).toHaveBeenCalledTimes(1);
  });
});
