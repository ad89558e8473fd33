/**
 * A stand-in for the `electron` module, for `vi.mock('electron', …)`.
 *
 * The Electron binary cannot run in CI or on this machine, so the shell is
 * tested by recording what it asks Electron to do (window options, IPC
 * channels, protocol handlers, event listeners) and by replaying events into
 * those recordings. `ipcRenderer.invoke` is wired to `ipcMain.handle`, so a
 * preload call travels the same path as in the app, from a frame whose URL the
 * test chooses.
 */
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }

  removeListener(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }

  listenersOf(event: string): Listener[] {
    return this.listeners.get(event) ?? [];
  }
}

/** A cancellable Electron event as the will-navigate family delivers it. */
export function fakeEvent(fields: Record<string, unknown> = {}): {
  preventDefault: () => void;
  defaultPrevented: boolean;
} {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

class FakeSession {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  beforeRequest: Listener | null = null;
  readonly webRequest = {
    onBeforeRequest: (listener: Listener): void => {
      this.beforeRequest = listener;
    },
  };
  setPermissionRequestHandler(handler: Listener | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Listener | null): void {
    this.permissionCheckHandler = handler;
  }
}

class FakeWebContents extends Emitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly session = new FakeSession();
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
    // Deliver to the renderer side, as Electron would.
    for (const listener of ipcRenderer.listenersOf(channel)) listener({ sender: 'ipc-renderer-event' }, ...args);
  }
  isDestroyed(): boolean {
    return false;
  }
}

const windows: FakeBrowserWindow[] = [];

class FakeBrowserWindow extends Emitter {
  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  maximized = false;
  constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
    super();
    windows.push(this);
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return windows;
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    const { x, y, width, height } = this.options as { x: number; y: number; width: number; height: number };
    return { x, y, width, height };
  }
  show(): void {}
  focus(): void {}
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return false;
  }
}

type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;

const ipcHandlers = new Map<string, IpcHandler>();
const ipcMain = {
  handle: vi.fn((channel: string, handler: IpcHandler) => {
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcHandlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => ipcHandlers.delete(channel)),
  // Recorded so a test can assert the shell never listens on a fire-and-forget channel.
  on: vi.fn(),
  handleOnce: vi.fn(),
};

/** The frame URL the next `ipcRenderer.invoke` claims to come from. */
const rendererFrame = { url: 'app://cafetal/index.html' as string | null, sender: new FakeWebContents() };

class FakeIpcRenderer extends Emitter {
  invoke = vi.fn((channel: string, ...args: unknown[]): Promise<unknown> => {
    const handler = ipcHandlers.get(channel);
    if (!handler) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    const senderFrame = rendererFrame.url === null ? null : { url: rendererFrame.url };
    return Promise.resolve(handler({ senderFrame, sender: rendererFrame.sender }, ...args));
  });
}
const ipcRenderer = new FakeIpcRenderer();

const paths = { userData: '', appPath: '' };
const order: string[] = [];

class FakeApp extends Emitter {
  locale = 'es-PE';
  isPackaged = false;
  gotLock = true;
  aboutPanelOptions: unknown = null;
  quit = vi.fn();
  exit = vi.fn();
  requestSingleInstanceLock(): boolean {
    order.push('requestSingleInstanceLock');
    return this.gotLock;
  }
  whenReady(): Promise<void> {
    order.push('whenReady');
    return Promise.resolve();
  }
  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`fake app.getPath: ${name} not faked`);
    return paths.userData;
  }
  getAppPath(): string {
    return paths.appPath;
  }
  getLocale(): string {
    return this.locale;
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  setAboutPanelOptions(options: unknown): void {
    this.aboutPanelOptions = options;
  }
}

const exposed = new Map<string, unknown>();

const display = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };

export const fakeElectron = {
  app: new FakeApp(),
  BrowserWindow: FakeBrowserWindow,
  ipcMain,
  ipcRenderer,
  // Electron gives the path of a File the user picked ('' for any other); here a `path` property stands in for it.
  webUtils: {
    getPathForFile: (file: { path?: string }): string => file.path ?? '',
  },
  contextBridge: {
    exposeInMainWorld: vi.fn((key: string, api: unknown) => exposed.set(key, api)),
  },
  protocol: {
    privilegedSchemes: [] as unknown[],
    handlers: new Map<string, (request: Request) => Promise<Response>>(),
    registerSchemesAsPrivileged(schemes: unknown[]): void {
      order.push('registerSchemesAsPrivileged');
      this.privilegedSchemes.push(...schemes);
    },
    handle(scheme: string, handler: (request: Request) => Promise<Response>): void {
      this.handlers.set(scheme, handler);
    },
  },
  session: { defaultSession: new FakeSession() },
  shell: { openExternal: vi.fn(async (_url: string) => {}) },
  screen: {
    getAllDisplays: () => [display],
    getPrimaryDisplay: () => display,
  },
  dialog: { showErrorBox: vi.fn() },
  Menu: {
    applicationMenu: null as unknown,
    buildFromTemplate: (template: unknown) => ({ template }),
    setApplicationMenu(menu: unknown): void {
      this.applicationMenu = menu;
    },
  },
};

/** What the tests read back and steer; not part of the `electron` API. */
export const fakeControl = {
  windows,
  ipcHandlers,
  rendererFrame,
  exposed,
  paths,
  order,
};
