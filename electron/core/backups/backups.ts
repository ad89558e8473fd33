import fs from 'node:fs';
import path from 'node:path';
import type { Backup } from '../../../shared/api/backups.js';
import { ApiError } from '../../../shared/api/errors.js';
import type { JobContext } from '../api/job-context.js';
import type { Store } from '../store/open-store.js';

const BACKUP_PATTERN = /^cafetal-(\d{8}T\d{6}(?:\d{3})?Z)\.sqlite$/;

function stampOf(date: Date): string {
  // 2026-11-28T01:20:12.345Z → 20261128T012012345Z: sortable and safe in file names.
  return date.toISOString().replace(/[-:.]/g, '');
}

export function listBackups(backupDir: string): Backup[] {
  if (!fs.existsSync(backupDir)) return [];
  return fs
    .readdirSync(backupDir)
    .filter((name) => BACKUP_PATTERN.test(name))
    .sort()
    .reverse()
    .map((fileName) => {
      const file = path.join(backupDir, fileName);
      const stat = fs.statSync(file);
      return { fileName, path: file, sizeBytes: stat.size, createdAt: stat.mtime.toISOString() };
    });
}

/**
 * Copies the live database page by page with SQLite's online backup API, which
 * gives a consistent snapshot even while the app writes. A cancelled or failed
 * copy leaves no partial file behind.
 */
export async function createBackup(db: Store, backupDir: string, job?: JobContext): Promise<Backup> {
  fs.mkdirSync(backupDir, { recursive: true });
  let target = path.join(backupDir, `cafetal-${stampOf(new Date())}.sqlite`);
  // Two backups in the same millisecond (tests, scripts) must not overwrite each other.
  for (let n = 1; fs.existsSync(target); n += 1) target = target.replace(/(\.\d+)?\.sqlite$/, `.${n}.sqlite`);
  const partial = `${target}.partial`;
  try {
    await db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        if (job?.signal.aborted) throw new ApiError('CANCELLED', 'Backup cancelled.');
        job?.progress(totalPages - remainingPages, totalPages, 'backup');
        return 64;
      },
    });
    job?.throwIfCancelled();
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    if (job?.signal.aborted) throw new ApiError('CANCELLED', 'Backup cancelled.');
    throw error;
  }
  const stat = fs.statSync(target);
  return { fileName: path.basename(target), path: target, sizeBytes: stat.size, createdAt: stat.mtime.toISOString() };
}

/** Keeps the newest `keep` backups and deletes the rest. Returns what was deleted. */
export function pruneBackups(backupDir: string, keep: number): string[] {
  const stale = listBackups(backupDir).slice(keep);
  for (const backup of stale) fs.rmSync(backup.path, { force: true });
  return stale.map((b) => b.fileName);
}

/** The start-up backup: one copy, then rotation. Skipped for a brand-new empty database. */
export async function rotateStartupBackup(db: Store, backupDir: string, keep: number): Promise<Backup | null> {
  const isEmpty = (db.prepare('SELECT count(*) AS n FROM organisations').get() as { n: number }).n === 0;
  if (isEmpty) return null;
  const backup = await createBackup(db, backupDir);
  pruneBackups(backupDir, keep);
  return backup;
}
