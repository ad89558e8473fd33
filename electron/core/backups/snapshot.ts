import fs from 'node:fs';
import { ApiError } from '../../../shared/api/errors.js';
import type { JobContext } from '../api/job-context.js';
import type { Store } from '../store/open-store.js';

/** Pages copied per step: small enough for progress and cancel to react, large enough not to slow the copy. */
const PAGES_PER_STEP = 256;

/**
 * Copies the live database page by page with SQLite's online backup API
 * (https://www.sqlite.org/backup.html), which gives a consistent snapshot even
 * while the app writes, into `<target>.partial`, then renames it to `target`.
 * A cancelled or failed copy leaves no partial file behind, and a file
 * already at `target` stays as it was until the copy is whole.
 */
export async function snapshotDatabase(
  db: Store,
  target: string,
  job?: JobContext,
  stage = 'backup',
): Promise<{ path: string; sizeBytes: number }> {
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    await db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        if (job?.signal.aborted) throw new ApiError('CANCELLED', 'Backup cancelled.');
        job?.progress(totalPages - remainingPages, totalPages, stage);
        return PAGES_PER_STEP;
      },
    });
    job?.throwIfCancelled();
    fsyncFile(partial);
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    if (job?.signal.aborted) throw new ApiError('CANCELLED', 'Backup cancelled.');
    throw error;
  }
  return { path: target, sizeBytes: fs.statSync(target).size };
}

/** Flushes a file to the disk: a backup that is only in the OS cache is lost with the power. */
export function fsyncFile(filePath: string): void {
  const fd = fs.openSync(filePath, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Flushes a folder's entries (a rename) to the disk. POSIX only: Windows
 * cannot open a folder this way, and NTFS journals its renames itself.
 */
export function fsyncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(folder, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
