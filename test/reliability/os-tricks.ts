import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The CI may run as root, for whom permission bits stop no write: these helpers find real refusals. */
export const isRoot = process.getuid?.() === 0;

const CLI_CHILD = fileURLToPath(new URL('./cli-child.ts', import.meta.url));
const TSX_LOADER = fileURLToPath(new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url));

/** Whether `setpriv` can drop to the `nobody` user (uid 65534) here: root with setpriv installed. */
export function canRunAsNobody(): boolean {
  if (!isRoot) return false;
  return spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'true']).status === 0;
}

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** `cafetal ARGS` as `nobody`, with its data folder set; the folder's own permissions decide what it may write. */
export function cliAsNobody(args: readonly string[], dataDir: string): CliRun {
  const result = spawnSync(
    'setpriv',
    ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '--import', TSX_LOADER, CLI_CHILD, ...args],
    {
      env: { ...process.env, CAFETAL_DATA_DIR: dataDir, CAFETAL_DB: '', HOME: '/tmp' },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  if (result.status !== 0) throw new Error(`the CLI child failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as CliRun;
}

/**
 * Mounts something over `target` (a tmpfs of `sizeKb`, or a read-only bind of
 * `source`) and returns how to undo it, or null when this machine does not
 * allow it (not root, no CAP_SYS_ADMIN in a container).
 */
export function tryMount(target: string, how: { tmpfsKb: number } | { readOnlyBindOf: string }): (() => void) | null {
  fs.mkdirSync(target, { recursive: true });
  try {
    if ('tmpfsKb' in how) {
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${how.tmpfsKb}k`, 'tmpfs', target], { stdio: 'ignore' });
    } else {
      execFileSync('mount', ['--bind', how.readOnlyBindOf, target], { stdio: 'ignore' });
      try {
        execFileSync('mount', ['-o', 'remount,ro,bind', target], { stdio: 'ignore' });
      } catch (error) {
        execFileSync('umount', [target], { stdio: 'ignore' });
        throw error;
      }
    }
  } catch {
    return null;
  }
  return () => execFileSync('umount', [target], { stdio: 'ignore' });
}
