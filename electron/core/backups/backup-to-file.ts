import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CoreContext } from '../api/core-context.js';
import type { JobContext } from '../api/job-context.js';
import { refusal, refuseWhileDemoOpen } from './backup-refusal.js';
import { snapshotDatabase } from './snapshot.js';

const MIME_TYPE = 'application/vnd.sqlite3';

/** `cafetal-respaldo-2026-11-28.sqlite`, with the computer's local date (what the user sees on the calendar). */
export function downloadFileName(date: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `cafetal-respaldo-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.sqlite`;
}

/**
 * `backups.write`: a copy of the data in use at a path the user chose (the
 * desktop save dialog, `cafetal backup -o FILE`), through SQLite's online
 * backup API into `<target>.partial` and then renamed. The database file
 * itself (or its side files) is refused as a target, and so is a folder
 * that does not exist: no folder is created where the user did not ask.
 */
export async function writeBackupTo(
  ctx: CoreContext,
  targetPath: string,
  job?: JobContext,
): Promise<{ path: string; sizeBytes: number }> {
  refuseWhileDemoOpen(ctx);
  const target = path.resolve(targetPath);
  const live = path.resolve(ctx.db.name);
  if ([live, `${live}-wal`, `${live}-shm`, `${live}-journal`].includes(target)) {
    throw refusal('SAME_FILE', 'That is the database in use; choose another file for the backup.', { path: target });
  }
  const folder = path.dirname(target);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw refusal('FOLDER_MISSING', `The folder ${folder} does not exist.`, { path: folder });
  }
  return snapshotDatabase(ctx.db, target, job);
}

/**
 * `backups.download`: browser mode cannot choose a path, so the copy is made
 * in a private temporary folder, returned as base64 and removed.
 */
export async function downloadBackup(
  ctx: CoreContext,
  job?: JobContext,
): Promise<{ fileName: string; mimeType: string; dataBase64: string }> {
  refuseWhileDemoOpen(ctx);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-backup-'));
  try {
    const fileName = downloadFileName();
    const written = await snapshotDatabase(ctx.db, path.join(dir, fileName), job);
    return { fileName, mimeType: MIME_TYPE, dataBase64: fs.readFileSync(written.path).toString('base64') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
