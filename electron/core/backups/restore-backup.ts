import fs from 'node:fs';
import path from 'node:path';
import type { BackupSource, RestoreResult } from '../../../shared/api/backups.js';
import { ApiError } from '../../../shared/api/errors.js';
import type { CoreContext } from '../api/core-context.js';
import type { JobContext } from '../api/job-context.js';
import { schemaVersionOf } from '../store/migrate.js';
import { assertIdle, installStore, openWorkspaceStore } from '../workspace/workspace.js';
import { refusal, stepper } from './backup-refusal.js';
import { SAFETY_COPIES_TO_KEEP, createBackup, pruneBackups } from './backups.js';
import { copyCandidate, removeWorkingCopy } from './candidate-file.js';
import { checkCandidate } from './check-candidate.js';
import { summariseDatabase } from './database-summary.js';
import { fsyncFile, fsyncFolder } from './snapshot.js';

export type SwapStep = 'closed' | 'replaced';

export interface RestoreOptions {
  readonly confirm: true;
  /**
   * Called after each step of the swap. Tests throw from it to check that a
   * restore failing half-way leaves the current data in place.
   */
  readonly onSwapStep?: (step: SwapStep) => void;
}

/** SQLite's side files of the database in use; stale ones must not be read with another main file. */
const removeSideFiles = (dbPath: string): void => {
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${dbPath}${suffix}`, { force: true });
};

/**
 * `backups.restore`: replaces the data in use with a backup.
 *
 * The backup is copied next to the database (`<db>.restoring`) and checked
 * there (see check-candidate.ts), so what is restored is what was checked.
 * A safety copy of the current data goes to the backups folder first
 * ("antes de restaurar"), so the restore can itself be undone. Then, in one
 * synchronous stretch no other call can interleave with: close the store
 * (refused as BUSY if another program still holds the file), drop the old
 * WAL and shared-memory files, rename the copy over the database file, open
 * it (which migrates an older schema) and install it. If anything fails
 * after the close, the safety copy is put back and reopened.
 */
export async function restoreBackup(
  ctx: CoreContext,
  source: BackupSource,
  options: RestoreOptions,
  job?: JobContext,
): Promise<RestoreResult> {
  if (options.confirm !== true) throw new ApiError('VALIDATION', 'A restore must be confirmed.');
  if (ctx.workspace.kind !== 'main') {
    throw refusal('DEMO_OPEN', 'The demo data is open; go back to your own data before restoring a backup.');
  }
  assertIdle(ctx);
  const dbPath = ctx.db.name;
  const workPath = `${dbPath}.restoring`;
  const step = stepper(job, 6);
  try {
    step('copy');
    copyCandidate(ctx, source, workPath);
    step('check');
    const candidate = checkCandidate(workPath, step);
    fsyncFile(workPath);
    step('safety-backup');
    // Cancellable, but its page counts would jump the restore's step progress back to 0.
    const quiet = job && { ...job, progress: () => undefined };
    const safety = await createBackup(ctx.db, ctx.backupDir, quiet, 'beforeRestore');
    // The copy above let other calls run: check again that nothing started meanwhile, and for a late cancel.
    assertIdle(ctx);
    job?.throwIfCancelled();
    step('replace');
    swapDatabaseFile(ctx, dbPath, workPath, safety.path, options.onSwapStep);
    pruneBackups(ctx.backupDir, SAFETY_COPIES_TO_KEEP, 'beforeRestore');
    return {
      safetyBackup: safety,
      migratedFrom: candidate.schemaVersion,
      schemaVersion: schemaVersionOf(ctx.db),
      restored: summariseDatabase(ctx.db, dbPath),
    };
  } finally {
    removeWorkingCopy(workPath);
  }
}

function swapDatabaseFile(
  ctx: CoreContext,
  dbPath: string,
  workPath: string,
  safetyPath: string,
  onSwapStep: RestoreOptions['onSwapStep'],
): void {
  const target = { kind: 'main' as const, dbPath, dataDir: ctx.dataDir };
  // Closing checkpoints the WAL into the file and removes it; the safety copy already holds the same data.
  ctx.db.close();
  if (heldElsewhere(dbPath)) {
    installStore(ctx, openWorkspaceStore(dbPath), target);
    // Nothing was replaced: a safety copy listed as "antes de restaurar" would say otherwise.
    fs.rmSync(safetyPath, { force: true });
    throw refusal('BUSY', 'Another program (the command line?) has the database open; close it and try again.', {
      otherProgram: true,
    });
  }
  let replaced = false;
  try {
    onSwapStep?.('closed');
    // Gone before the rename: a crash in between must never leave the old WAL beside the new file.
    removeSideFiles(dbPath);
    fs.renameSync(workPath, dbPath);
    replaced = true;
    fsyncFolder(path.dirname(dbPath));
    onSwapStep?.('replaced');
    installStore(ctx, openWorkspaceStore(dbPath), target);
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    try {
      if (replaced) putBack(safetyPath, dbPath);
      installStore(ctx, openWorkspaceStore(dbPath), target);
    } catch (recoveryError) {
      throw refusal(
        'RESTORE_FAILED',
        `The restore failed (${cause}) and the previous data could not be reopened (${(recoveryError as Error).message}); it is safe in ${safetyPath}.`,
        { cause, safetyBackup: safetyPath },
      );
    }
    throw refusal('RESTORE_FAILED', `The restore failed; the previous data is back in place. ${cause}`, { cause });
  }
}

/** Copies the safety backup back over the database file, as a whole file or not at all. */
function putBack(safetyPath: string, dbPath: string): void {
  const recovering = `${dbPath}.recovering`;
  fs.copyFileSync(safetyPath, recovering);
  fsyncFile(recovering);
  removeSideFiles(dbPath);
  fs.renameSync(recovering, dbPath);
  fsyncFolder(path.dirname(dbPath));
}

/**
 * SQLite checkpoints and deletes the WAL when the last connection closes; a
 * WAL with content still there after ours closed means another program has
 * the file open, and replacing it under that program would lose its writes.
 */
function heldElsewhere(dbPath: string): boolean {
  try {
    return fs.statSync(`${dbPath}-wal`).size > 0;
  } catch {
    return false;
  }
}
