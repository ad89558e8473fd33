import fs from 'node:fs';
import path from 'node:path';
import type { BackupSource } from '../../../shared/api/backups.js';
import { ApiError } from '../../../shared/api/errors.js';
import type { CoreContext } from '../api/core-context.js';
import { refusal } from './backup-refusal.js';
import { listBackups } from './backups.js';

/**
 * SQLite's side files that carry committed data not yet in the main file: a
 * write-ahead log, or a rollback journal (a hot one is rolled back on open).
 * They go with the copy so it holds what the original holds.
 */
const SIDE_FILES = ['-wal', '-journal'] as const;

/** Removes a working copy and its side files. */
export function removeWorkingCopy(filePath: string): void {
  for (const suffix of ['', ...SIDE_FILES, '-shm']) fs.rmSync(`${filePath}${suffix}`, { force: true });
}

const samePath = (a: string, b: string): boolean => {
  const real = (p: string): string => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  // NOTE: Windows and macOS file systems usually ignore case; comparing case-blind there is the safe side.
  return process.platform === 'linux' ? real(a) === real(b) : real(a).toLowerCase() === real(b).toLowerCase();
};

/** The file on disk a source names, for sources that name one. */
function sourcePath(ctx: CoreContext, source: BackupSource): string | null {
  if ('backupFileName' in source) {
    const backup = listBackups(ctx.backupDir).find((b) => b.fileName === source.backupFileName);
    if (!backup) {
      throw new ApiError('NOT_FOUND', `No backup named ${source.backupFileName}.`, {
        entity: 'backup',
        fileName: source.backupFileName,
      });
    }
    return backup.path;
  }
  if ('path' in source) {
    if (!fs.existsSync(source.path) || !fs.statSync(source.path).isFile()) {
      throw new ApiError('NOT_FOUND', `No file at ${source.path}.`, { entity: 'file', path: source.path });
    }
    return source.path;
  }
  return null;
}

export const sourceFileName = (source: BackupSource): string =>
  'backupFileName' in source ? source.backupFileName : 'path' in source ? path.basename(source.path) : source.fileName;

/**
 * Puts a copy of the backup at `workPath` (with its WAL, if it has one
 * beside it): every check and the restore itself work on that copy, so the
 * user's file is never opened for writing, and what is restored is exactly
 * what was checked.
 */
export function copyCandidate(ctx: CoreContext, source: BackupSource, workPath: string): void {
  removeWorkingCopy(workPath);
  const from = sourcePath(ctx, source);
  if (from === null) {
    if ('dataBase64' in source) fs.writeFileSync(workPath, Buffer.from(source.dataBase64, 'base64'));
    return;
  }
  if (samePath(from, ctx.db.name)) {
    throw refusal('SAME_FILE', 'That file is the database in use, not a backup of it.', { path: from });
  }
  fs.copyFileSync(from, workPath);
  for (const suffix of SIDE_FILES) {
    if (fs.existsSync(`${from}${suffix}`)) fs.copyFileSync(`${from}${suffix}`, `${workPath}${suffix}`);
  }
}
