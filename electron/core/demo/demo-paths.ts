import fs from 'node:fs';
import path from 'node:path';
import type { WorkspaceTarget } from '../workspace/workspace.js';

export const DEMO_FOLDER_NAME = 'demo';
export const DEMO_DB_FILE_NAME = 'cafetal-demo.sqlite';

/**
 * The demo lives in its own folder inside the main data folder
 * (`<data>/demo/cafetal-demo.sqlite`), so its layer files, backups and basemap
 * caches never mix with the organisation's real ones.
 */
export function demoTarget(mainDataDir: string): WorkspaceTarget {
  const dataDir = path.join(mainDataDir, DEMO_FOLDER_NAME);
  return { kind: 'demo', dbPath: path.join(dataDir, DEMO_DB_FILE_NAME), dataDir };
}

/** A fresh name beside the demo file: generated there, then renamed over it (same folder: an atomic rename). */
export function demoTempPath(target: WorkspaceTarget): string {
  const stamp = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return path.join(target.dataDir, `${DEMO_DB_FILE_NAME}.${stamp}.partial`);
}

/**
 * Deletes a database file's WAL and shared-memory files. Needed before a new
 * file takes an old one's name: SQLite would replay a WAL left by a crash
 * into the new file and corrupt it.
 */
export function removeSqliteSidecars(dbPath: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${dbPath}${suffix}`, { force: true });
}

/** Removes a database file and its sidecars (a failed or cancelled generation). */
export function removeSqliteFile(dbPath: string): void {
  fs.rmSync(dbPath, { force: true });
  removeSqliteSidecars(dbPath);
}
