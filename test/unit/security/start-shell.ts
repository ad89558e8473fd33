/**
 * Starts the real Electron shell (electron/shell/main.ts) against the fake
 * `electron` of test/helpers/fake-electron.ts, on a temporary userData folder
 * and a tiny renderer build, for the security tests in this folder. The
 * caller must `vi.mock('electron', …)` first, as shell-security.test.ts does.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import type { RunningShell } from '../../../electron/shell/main.js';
import { fakeControl, fakeElectron } from '../../helpers/fake-electron.js';

/** Contents of a file placed next to the renderer folder, which no URL may reach. */
export const SECRET = 'cafetal-secret-outside-the-renderer';

export interface StartedShell {
  shell: RunningShell;
  tmp: string;
  rendererRoot: string;
  stop(): void;
}

export async function startShell(): Promise<StartedShell> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-security-'));
  fakeControl.paths.userData = path.join(tmp, 'userData');
  fakeControl.paths.appPath = path.join(tmp, 'app');
  const rendererRoot = path.join(tmp, 'app', 'dist', 'renderer');
  fs.mkdirSync(path.join(rendererRoot, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererRoot, 'index.html'), '<!doctype html><title>Cafetal</title>');
  fs.writeFileSync(path.join(rendererRoot, 'assets', 'index.js'), 'console.log("cafetal");');
  fs.writeFileSync(path.join(rendererRoot, 'assets', 'index.css'), 'body { margin: 0 }');
  // Targets for traversal: beside the renderer, above the app, and a sibling whose name starts like the root.
  fs.writeFileSync(path.join(tmp, 'app', 'dist', 'secret.txt'), SECRET);
  fs.writeFileSync(path.join(tmp, 'secret.txt'), SECRET);
  fs.mkdirSync(path.join(tmp, 'app', 'dist', 'renderer-evil'));
  fs.writeFileSync(path.join(tmp, 'app', 'dist', 'renderer-evil', 'x.js'), SECRET);
  vi.stubEnv('CAFETAL_DB', '');

  const main = await import('../../../electron/shell/main.js');
  const shell = await main.shellStarted;
  if (!shell) throw new Error('The shell did not start; see the dialog.showErrorBox mock.');
  return {
    shell,
    tmp,
    rendererRoot,
    stop() {
      fakeElectron.app.emit('will-quit'); // main.ts closes the core here
      vi.unstubAllEnvs();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
