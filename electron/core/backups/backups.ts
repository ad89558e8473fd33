import fs from 'node:fs';
import path from 'node:path';
import type { Backup, BackupKind } from '../../../shared/api/backups.js';
import type { JobContext } from '../api/job-context.js';
import type { Store } from '../store/open-store.js';
import { snapshotDatabase } from './snapshot.js';

const PREFIX: Record<BackupKind, string> = {
  automatic: 'cafetal-',
  beforeRestore: 'cafetal-antes-de-restaurar-',
};
const STAMP = String.raw`(\d{8}T\d{6}(?:\d{3})?Z)(?:\.\d+)?`;
const PATTERN: Record<BackupKind, RegExp> = {
  automatic: new RegExp(`^cafetal-${STAMP}\\.sqlite$`),
  beforeRestore: new RegExp(`^cafetal-antes-de-restaurar-${STAMP}\\.sqlite$`),
};

/**
 * Safety copies kept: enough to undo the last few restores, without a
 * 200 MB copy piling up for every restore ever made.
 */
export const SAFETY_COPIES_TO_KEEP = 3;

function stampOf(date: Date): string {
  // 2026-11-28T01:20:12.345Z → 20261128T012012345Z: sortable and safe in file names.
  return date.toISOString().replace(/[-:.]/g, '');
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function kindOf(fileName: string): { kind: BackupKind; stamp: string } | null {
  for (const kind of ['beforeRestore', 'automatic'] as const) {
    const match = PATTERN[kind].exec(fileName);
    if (match?.[1]) return { kind, stamp: match[1] };
  }
  return null;
}

/** Automatic backups and safety copies in the folder, newest first; other files are ignored. */
export function listBackups(backupDir: string): Backup[] {
  if (!fs.existsSync(backupDir)) return [];
  return (
    fs
      .readdirSync(backupDir)
      .flatMap((fileName) => {
        const parsed = kindOf(fileName);
        return parsed ? [{ fileName, ...parsed }] : [];
      })
      // Newest first by the time in the name (the two kinds have different prefixes), then by name.
      .sort((a, b) => (a.stamp === b.stamp ? compare(b.fileName, a.fileName) : compare(b.stamp, a.stamp)))
      .map(({ fileName, kind }) => {
        const file = path.join(backupDir, fileName);
        const stat = fs.statSync(file);
        return { fileName, path: file, sizeBytes: stat.size, createdAt: stat.mtime.toISOString(), kind };
      })
  );
}

/**
 * Copies the live database into the backups folder with SQLite's online
 * backup API (see snapshot.ts).
 */
export async function createBackup(
  db: Store,
  backupDir: string,
  job?: JobContext,
  kind: BackupKind = 'automatic',
): Promise<Backup> {
  fs.mkdirSync(backupDir, { recursive: true });
  let target = path.join(backupDir, `${PREFIX[kind]}${stampOf(new Date())}.sqlite`);
  // Two backups in the same millisecond (tests, scripts) must not overwrite each other.
  for (let n = 1; fs.existsSync(target); n += 1) target = target.replace(/(\.\d+)?\.sqlite$/, `.${n}.sqlite`);
  await snapshotDatabase(db, target, job, kind === 'beforeRestore' ? 'safety-backup' : 'backup');
  const stat = fs.statSync(target);
  return {
    fileName: path.basename(target),
    path: target,
    sizeBytes: stat.size,
    createdAt: stat.mtime.toISOString(),
    kind,
  };
}

/** Keeps the newest `keep` backups of a kind and deletes the rest. Returns what was deleted. */
export function pruneBackups(backupDir: string, keep: number, kind: BackupKind = 'automatic'): string[] {
  const stale = listBackups(backupDir)
    .filter((backup) => backup.kind === kind)
    .slice(keep);
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
