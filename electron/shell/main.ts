/**
 * Electron entry (bundled to out/shell/main.js). Wires the plain-Node core to
 * the window and does nothing else: the store, migrations and backups live
 * in electron/core and run the same under the HTTP transport, CLI and tests.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { ApiError } from '../../shared/api/errors.js';
import { catalogues } from '../../shared/i18n/index.js';
import { startAutomaticBackups } from '../core/backups/automatic-backups.js';
import { createCore } from '../core/create-core.js';
import { whenHealthy } from '../core/recovery/recovery-hold.js';
import type { Core } from '../core/create-core.js';
import { resolveDbPath } from '../core/paths.js';
import { APP_START_URL } from './app-origin.js';
import { createElectronPrinter } from './electron-printer.js';
import { registerApiHandlers } from './ipc.js';
import { dbFlagFrom } from './launch-options.js';
import { installAppMenu } from './menu.js';
import { registerAppScheme, serveRenderer } from './protocol.js';
import { blockOutsideRequests, createMainWindow, denyAllPermissions } from './window.js';
import { WINDOW_STATE_FILE } from './window-state.js';

export interface RunningShell {
  core: Core;
  window: BrowserWindow;
}

/** Paths inside the app (the asar archive when packaged), relative to package.json's folder. */
function appPaths(): { rendererRoot: string; preloadPath: string } {
  const root = app.getAppPath();
  return {
    rendererRoot: path.join(root, 'dist', 'renderer'),
    preloadPath: path.join(root, 'out', 'shell', 'preload.cjs'),
  };
}

function showStartupError(error: unknown): void {
  // A full disk or a read-only folder is said in words first (both languages: the UI's is not known yet).
  const message =
    error instanceof ApiError
      ? `${catalogues['es-PE'].errors[error.code]}\n\n${catalogues.en.errors[error.code]}\n\n${error.code}: ${error.message}`
      : error instanceof Error
        ? error.message
        : String(error);
  dialog.showErrorBox('Cafetal no pudo iniciar / Cafetal could not start', message);
}

async function start(): Promise<RunningShell> {
  const dataDir = app.getPath('userData');
  const dbPath = resolveDbPath({ dbFlag: dbFlagFrom(process.argv), env: process.env, dataDir });
  const core = await createCore({ dbPath, dataDir, startupBackup: true });
  // A damaged database is held for the recovery screen: periodic backups start once a backup replaced it.
  let stopBackups = (): void => undefined;
  whenHealthy(core.context, () => {
    stopBackups = startAutomaticBackups(core);
  });
  if (core.recovery) core.recovery.quit = () => app.quit();
  app.on('will-quit', () => {
    stopBackups();
    core.close();
  });

  const { rendererRoot, preloadPath } = appPaths();
  denyAllPermissions(session.defaultSession);
  blockOutsideRequests(session.defaultSession);
  serveRenderer(rendererRoot, core.context);
  registerApiHandlers(core);
  // PDF reports: a hidden window prints the renderer's print route.
  core.context.reports.printer = createElectronPrinter(preloadPath);
  installAppMenu({ isDev: !app.isPackaged, isMac: process.platform === 'darwin' });

  const openWindow = (): BrowserWindow =>
    createMainWindow({
      preloadPath,
      stateFile: path.join(dataDir, WINDOW_STATE_FILE),
      startUrl: APP_START_URL,
    });
  let window = openWindow();
  app.on('second-instance', () => {
    if (window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  // macOS keeps the app alive without windows; clicking the dock icon reopens one.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) window = openWindow();
  });
  return { core, window };
}

/**
 * Resolves once the window is open, or to `null` when another instance holds
 * the lock or start-up failed. Exported for the shell tests, which run this
 * module against a fake `electron`.
 */
async function launch(): Promise<RunningShell | null> {
  registerAppScheme(); // before `ready`, or Chromium will not treat app:// as standard
  // Two instances writing one SQLite file would fight over it; the second hands over and quits.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  await app.whenReady();
  try {
    return await start();
  } catch (error) {
    showStartupError(error);
    app.exit(1);
    return null;
  }
}

export const shellStarted: Promise<RunningShell | null> = launch();
