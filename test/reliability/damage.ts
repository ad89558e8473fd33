import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createCore } from '../../electron/core/create-core.js';
import type { Core } from '../../electron/core/create-core.js';
import { SYNTHETIC_MAPPING, writeSyntheticPlots } from '../../bench/crash/synthetic-plots.js';
import { ok } from '../helpers/core.js';

export const sha256 = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** An organisation with `plots` imported plots (two per family), closed cleanly (WAL folded into the file). */
export async function databaseWithPlots(
  dir: string,
  plots: number,
  batch = 1,
): Promise<{ dbPath: string; orgId: string }> {
  const dbPath = path.join(dir, 'cafetal.sqlite');
  const core = await createCore({ dbPath, dataDir: dir });
  try {
    const org = await ok(core, 'organisations.create', { name: 'Cooperativa Tabaconas', type: 'cooperativa' });
    await importPlots(core, dir, org.id, plots, batch);
    return { dbPath, orgId: org.id };
  } finally {
    core.close();
  }
}

/** Imports `plots` generated plots; returns the call's result (not unwrapped: tests look at refusals). */
export async function importPlots(core: Core, dir: string, orgId: string, plots: number, batch: number) {
  const file = path.join(dir, `plots-${batch}.geojson`);
  writeSyntheticPlots(file, plots, batch, 3);
  const opened = await ok(core, 'imports.open', { source: { path: file } });
  return core.call('imports.commit', { importId: opened.importId, organisationId: orgId, mapping: SYNTHETIC_MAPPING });
}

/**
 * Writes garbage over the first page of a table's b-tree (its root page,
 * from `sqlite_schema`): a page in the middle of the file, holding data.
 * Returns the page number.
 */
export function garbleTablePage(dbPath: string, table: string): number {
  const db = new Database(dbPath, { readonly: true });
  const { rootpage } = db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').get(table) as {
    rootpage: number;
  };
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const garbage = Buffer.alloc(pageSize);
  // A fixed pattern, not zeros (a zeroed page can read as an empty one).
  for (let i = 0; i < pageSize; i += 1) garbage[i] = (i * 7 + 13) % 251;
  const fd = fs.openSync(dbPath, 'r+');
  try {
    fs.writeSync(fd, garbage, 0, pageSize, (rootpage - 1) * pageSize);
  } finally {
    fs.closeSync(fd);
  }
  return rootpage;
}

/** `PRAGMA integrity_check` of a file, opened read-only (SQLite's error when it cannot even run it). */
export function integrityOf(dbPath: string): string[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[]).map((r) => r.integrity_check);
  } catch (error) {
    return [(error as Error).message];
  } finally {
    db.close();
  }
}
