import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BackupInspection, BackupSource, DatabaseSummary } from '../../../shared/api/backups.js';
import type { CoreContext } from '../api/core-context.js';
import type { JobContext } from '../api/job-context.js';
import { stepper } from './backup-refusal.js';
import { copyCandidate, removeWorkingCopy, sourceFileName } from './candidate-file.js';
import { checkCandidate } from './check-candidate.js';
import { summariseDatabase } from './database-summary.js';

/** The comparison a confirmation shows: the backup next to the data it would replace. */
export function inspectionOf(ctx: CoreContext, source: BackupSource, backup: DatabaseSummary): BackupInspection {
  const current = summariseDatabase(ctx.db, ctx.db.name);
  return {
    fileName: sourceFileName(source),
    backup,
    current,
    willMigrate: backup.schemaVersion < current.schemaVersion,
    integrity: 'ok',
    foreignKeyProblems: 0,
  };
}

/**
 * `backups.inspect`: checks a backup on a private temporary copy (the user's
 * file is only read) and compares it with the data in use. Throws the
 * refusal a restore of it would throw.
 */
export function inspectBackup(ctx: CoreContext, source: BackupSource, job?: JobContext): BackupInspection {
  const step = stepper(job, 4);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-backup-check-'));
  const workPath = path.join(dir, 'candidate.sqlite');
  try {
    step('copy');
    copyCandidate(ctx, source, workPath);
    step('check');
    const backup = checkCandidate(workPath, step);
    return inspectionOf(ctx, source, backup);
  } finally {
    removeWorkingCopy(workPath);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
