import fs from 'node:fs';
import path from 'node:path';
import type { BackupSource } from '../../../shared/api/backups.js';
import { ApiError } from '../../../shared/api/errors.js';
import type { RecoveryResult } from '../../../shared/api/recovery.js';
import type { CoreContext } from '../api/core-context.js';
import type { JobContext } from '../api/job-context.js';
import { refusal, stepper } from '../backups/backup-refusal.js';
import { copyCandidate, removeWorkingCopy, sourceFileName } from '../backups/candidate-file.js';
import { checkCandidate } from '../backups/check-candidate.js';
import { summariseDatabase } from '../backups/database-summary.js';
import { fsyncFile, fsyncFolder } from '../backups/snapshot.js';
import { assertIdle, installStore, openWorkspaceStore } from '../workspace/workspace.js';

/** SQLite's files that belong with a database file: they move with it. */
const SIDE_FILES = ['-wal', '-shm', '-journal'] as const;

/** `cafetal.sqlite` → `cafetal.danado-20261128T012012345Z.sqlite`, beside it: sortable, and says what it is. */
export function damagedPathFor(dbPath: string, at: Date): string {
  const stamp = at.toISOString().replace(/[-:.]/g, '');
  let target = path.join(path.dirname(dbPath), `${path.parse(dbPath).name}.danado-${stamp}.sqlite`);
  for (let n = 1; fs.existsSync(target); n += 1) target = target.replace(/(\.\d+)?\.sqlite$/, `.${n}.sqlite`);
  return target;
}

/** Renames a database file and its side files together (a WAL may hold part of what the file holds). */
function moveDatabase(from: string, to: string): void {
  fs.renameSync(from, to);
  for (const suffix of SIDE_FILES) {
    if (fs.existsSync(`${from}${suffix}`)) fs.renameSync(`${from}${suffix}`, `${to}${suffix}`);
  }
}

/**
 * `recovery.restore`: replaces the damaged database with a backup, keeping
 * the damaged file. The backup is copied beside the database
 * (`<db>.restoring`) and checked there as any restore checks it; then the
 * damaged file (with its WAL) is renamed to `<name>.danado-<time>.sqlite`
 * — renamed, so its bytes stay exactly as they were, and never deleted —
 * the checked copy is renamed into its place and opened as the app opens
 * its database. If that open fails, the copy is removed and the damaged
 * file put back, so the app is where it was: in recovery.
 */
export function restoreDamaged(ctx: CoreContext, source: BackupSource, job?: JobContext): RecoveryResult {
  const hold = ctx.recovery;
  if (!hold) {
    throw new ApiError('CONFLICT', 'The database is not damaged; restore backups with backups.restore.', {
      reason: 'NOT_DAMAGED',
    });
  }
  assertIdle(ctx);
  const dbPath = hold.dbPath;
  const workPath = `${dbPath}.restoring`;
  // copy, check, integrity, references (checkCandidate's stages), replace.
  const step = stepper(job, 5);
  try {
    step('copy');
    copyCandidate(ctx, source, workPath);
    step('check');
    checkCandidate(workPath, step);
    fsyncFile(workPath);
    step('replace');
    const damagedPath = damagedPathFor(dbPath, new Date());
    moveDatabase(dbPath, damagedPath);
    fs.renameSync(workPath, dbPath);
    fsyncFolder(path.dirname(dbPath));
    let db;
    try {
      db = openWorkspaceStore(dbPath);
    } catch (error) {
      fs.rmSync(dbPath, { force: true });
      moveDatabase(damagedPath, dbPath);
      fsyncFolder(path.dirname(dbPath));
      throw refusal(
        'RESTORE_FAILED',
        `The restored copy could not be opened; the damaged file is back in place. ${String(error)}`,
      );
    }
    const placeholder = ctx.db;
    installStore(ctx, db, { kind: 'main', dbPath, dataDir: ctx.dataDir });
    placeholder.close();
    ctx.recovery = null;
    for (const start of hold.onHealthy.splice(0)) start();
    return {
      damagedMovedTo: damagedPath,
      restoredFrom: sourceFileName(source),
      restored: summariseDatabase(db, dbPath),
    };
  } finally {
    removeWorkingCopy(workPath);
  }
}
