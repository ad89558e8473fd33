import { BrowserWindow, screen, shell } from 'electron';
import type { Session, WebContents } from 'electron';
import { isAppUrl } from './app-origin.js';
import { externalLinkToOpen } from './external-links.js';
import { MIN_SIZE, readWindowState, visibleBounds, writeWindowState } from './window-state.js';

/**
 * The renderer gets no Node, no Electron, nothing but what preload.ts puts on
 * `window.cafetal`. Every option is spelled out, even where it is Electron's
 * default, so a reviewer sees the whole policy here and a changed default
 * upstream cannot loosen it.
 */
export function secureWebPreferences(preloadPath: string): Electron.WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

/**
 * No camera, microphone, geolocation, notifications…: an offline planning tool
 * needs none. The one exception is full screen, for the app's own pages only:
 * presentation mode in workshops asks for it on a click.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((webContents, permission, callback) =>
    callback(permission === 'fullscreen' && isAppUrl(webContents.getURL())),
  );
  session.setPermissionCheckHandler(() => false);
}

/**
 * The app is offline: every request that is not the app's own (`app://`), an
 * inline `data:`/`blob:` URL (MapLibre's worker, decoded images) or DevTools
 * is cancelled at the session, below the CSP, so a bug or a hostile file in a
 * layer cannot make the app phone out.
 */
export function blockOutsideRequests(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
}

export function isAllowedRequestUrl(rawUrl: string): boolean {
  if (isAppUrl(rawUrl)) return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(rawUrl)?.[1]?.toLowerCase();
  return scheme === 'data' || scheme === 'blob' || scheme === 'devtools';
}

/**
 * Keeps a web contents on the app's own pages: navigation and redirects
 * elsewhere are cancelled, new windows are refused (allow-listed links open
 * in the user's browser instead), and `<webview>` can never attach.
 */
export function lockDownNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalLinkToOpen(url);
    if (external) void shell.openExternal(external);
    return { action: 'deny' };
  });
}

export interface MainWindowOptions {
  preloadPath: string;
  /** userData/window-state.json */
  stateFile: string;
  startUrl: string;
}

/** The one app window, where the user left it last time (if that is still on a screen). */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const bounds = visibleBounds(readWindowState(options.stateFile), workAreas, screen.getPrimaryDisplay().workArea);
  const win = new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Cafetal',
    show: false,
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  if (bounds.maximized) win.maximize();
  lockDownNavigation(win.webContents);
  win.once('ready-to-show', () => win.show());
  // Normal bounds, not current ones: a maximised window must restore to its old size.
  win.on('close', () =>
    writeWindowState(options.stateFile, { ...win.getNormalBounds(), maximized: win.isMaximized() }),
  );
  win.loadURL(options.startUrl).catch((error: unknown) => {
    console.error(`Cafetal: cannot load ${options.startUrl}:`, error);
  });
  return win;
}
