import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RecoveryBackup, RecoveryStatus } from '../../../shared/api/recovery.js';
import type { CoreContext } from '../api/core-context.js';
import { refusalReasonOf } from '../backups/backup-refusal.js';
import { listBackups } from '../backups/backups.js';
import { copyCandidate, removeWorkingCopy } from '../backups/candidate-file.js';
import { checkCandidate } from '../backups/check-candidate.js';

/**
 * Backups checked for the screen: a check copies the file and reads every
 * page, so only the newest few; the user rarely wants an older one, and
 * `restore` checks whatever is chosen anyway.
 */
const CHECKED = 3;

/** `recovery.status`: the damage found at start and the backups that could replace the file. */
export function recoveryStatus(ctx: CoreContext): RecoveryStatus {
  const hold = ctx.recovery;
  if (!hold) return { state: 'ok' };
  const backups = listBackups(ctx.backupDir);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-recovery-check-'));
  try {
    return {
      state: 'damaged',
      damage: hold.damage,
      backupDir: ctx.backupDir,
      backups: backups.map((backup, index): RecoveryBackup => {
        if (index >= CHECKED) return { backup, summary: null, refusal: 'NOT_CHECKED' };
        const key = `${backup.fileName}:${backup.sizeBytes}:${backup.createdAt}`;
        let checked = hold.checked.get(key);
        if (!checked) {
          checked = check(ctx, backup.fileName, path.join(dir, `candidate-${index}.sqlite`));
          hold.checked.set(key, checked);
        }
        return { backup, ...checked };
      }),
      canQuit: hold.quit !== null,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function check(ctx: CoreContext, backupFileName: string, workPath: string): Omit<RecoveryBackup, 'backup'> {
  try {
    copyCandidate(ctx, { backupFileName }, workPath);
    return { summary: checkCandidate(workPath), refusal: null };
  } catch (error) {
    return { summary: null, refusal: refusalReasonOf(error) ?? 'CORRUPT' };
  } finally {
    removeWorkingCopy(workPath);
  }
}
