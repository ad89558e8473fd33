import type { Backup } from '../../../shared/api/backups.js';
import type { CoreContext } from '../api/core-context.js';
import type { Core } from '../create-core.js';
import { readSettings } from '../settings/settings-store.js';
import type { Store } from '../store/open-store.js';
import { listBackups, pruneBackups } from './backups.js';

/** How often the timer looks whether a backup is due; the interval itself is hours (settings). */
const CHECK_EVERY_MS = 10 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/**
 * Whether the data changed, without reading it: `total_changes()` counts the
 * rows this connection changed since it opened (the app writes through one
 * connection), `PRAGMA data_version` changes when another connection (the
 * CLI) commits (https://www.sqlite.org/pragma.html#pragma_data_version). A
 * new connection (after a restore) counts as a change.
 */
interface ChangeMark {
  db: Store;
  totalChanges: number;
  dataVersion: number;
}

const markOf = (db: Store): ChangeMark => ({
  db,
  totalChanges: (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n,
  dataVersion: db.pragma('data_version', { simple: true }) as number,
});

const sameMark = (a: ChangeMark, b: ChangeMark): boolean =>
  a.db === b.db && a.totalChanges === b.totalChanges && a.dataVersion === b.dataVersion;

export interface AutomaticBackupState {
  /** The data as it was at the last automatic backup (or when the timer started). */
  mark: ChangeMark;
  startedAtMs: number;
}

export const automaticBackupState = (ctx: CoreContext, nowMs: number): AutomaticBackupState => ({
  mark: markOf(ctx.db),
  startedAtMs: nowMs,
});

/**
 * One look of the timer: backs up (then rotates, keeping `backupsToKeep`)
 * when `backupIntervalHours` have passed since the newest automatic backup
 * (or since the app started) and the data changed since the last look that
 * backed up. Skipped while the demo is open or another task runs (a restore
 * must not have a backup reading the file it replaces); the next look
 * tries again. Returns the backup made, if any.
 */
export async function automaticBackupIfDue(
  core: Pick<Core, 'context' | 'call'>,
  state: AutomaticBackupState,
  nowMs: number,
): Promise<Backup | null> {
  const ctx = core.context;
  if (ctx.workspace.kind !== 'main' || ctx.jobs.size > 0 || !ctx.db.open) return null;
  const settings = readSettings(ctx.db);
  const newest = listBackups(ctx.backupDir).find((backup) => backup.kind === 'automatic');
  const lastAtMs = Math.max(state.startedAtMs, newest ? Date.parse(newest.createdAt) : 0);
  if (nowMs - lastAtMs < settings.backupIntervalHours * HOUR_MS) return null;
  const mark = markOf(ctx.db);
  if (sameMark(mark, state.mark)) return null;
  // Through the dispatcher, so the backup counts as a running task (a restore waits for it).
  const result = await core.call('backups.create', {});
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  state.mark = mark;
  pruneBackups(ctx.backupDir, settings.backupsToKeep);
  return result.value as Backup;
}

export interface AutomaticBackupOptions {
  checkEveryMs?: number;
  now?: () => number;
  onError?: (error: unknown) => void;
}

/**
 * Starts the periodic backups of a running app (browser mode's server, the
 * desktop shell); the start-up backup is createCore's. Returns the function
 * that stops them. The timer does not keep the process alive.
 */
export function startAutomaticBackups(core: Core, options: AutomaticBackupOptions = {}): () => void {
  const now = options.now ?? Date.now;
  const onError = options.onError ?? ((error: unknown) => console.warn('Automatic backup failed:', error));
  const state = automaticBackupState(core.context, now());
  let looking = false;
  const timer = setInterval(() => {
    if (looking) return;
    looking = true;
    automaticBackupIfDue(core, state, now())
      .catch(onError)
      .finally(() => {
        looking = false;
      });
  }, options.checkEveryMs ?? CHECK_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
