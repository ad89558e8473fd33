import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createCore } from '../electron/core/create-core.js';
import { generateSyntheticDataset } from '../electron/core/synthetic/synthetic-dataset.js';
import type { BenchResult } from './run.js';

const PLOTS = Number(process.env.BENCH_BACKUP_PLOTS ?? 100_000);

async function timedMs<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/**
 * Backup and restore of a platform-sized database (`cafetal synthetic`, 100,000
 * plots, ~125 MB): the online-backup copy to a file, the check of a backup
 * (copy, integrity_check, foreign_key_check, counts) and a whole restore
 * (check, safety copy, swap, reopen), against copying the file's bytes and a
 * bare integrity_check, the floor under each.
 */
export async function run(): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-bench-backups-'));
  try {
    const dbPath = path.join(dir, 'cafetal.sqlite');
    const core = await createCore({ dbPath, dataDir: dir });
    generateSyntheticDataset(core.context.db, {
      organisations: 1,
      familiesPerOrganisation: PLOTS / 2,
      plotsPerFamily: 2,
      seed: 1,
    });
    const target = path.join(dir, 'respaldo.sqlite');
    const call = async (name: string, input: unknown): Promise<unknown> => {
      const result = await core.call(name, input);
      if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
      return result.value;
    };
    const write = await timedMs(() => call('backups.write', { path: target }));
    const sizeMb = fs.statSync(target).size / 1e6;
    const copy = await timedMs(() => Promise.resolve(fs.copyFileSync(target, path.join(dir, 'bytes.sqlite'))));
    const inspect = await timedMs(() => call('backups.inspect', { source: { path: target } }));
    const bare = await timedMs(() => {
      const db = new Database(path.join(dir, 'bytes.sqlite'), { readonly: true });
      db.pragma('integrity_check');
      db.close();
      return Promise.resolve();
    });
    const restore = await timedMs(() => call('backups.restore', { source: { path: target }, confirm: true }));
    core.close();
    const notes = `${PLOTS.toLocaleString('en')} plots, ${sizeMb.toFixed(0)} MB`;
    return [
      {
        name: 'backup to a file (online backup API)',
        unit: 's',
        ours: write.ms / 1000,
        reference: copy.ms / 1000,
        referenceLabel: 'copy of the bytes',
        ratio: write.ms / copy.ms,
        notes,
      },
      {
        name: 'check a backup (inspect)',
        unit: 's',
        ours: inspect.ms / 1000,
        reference: bare.ms / 1000,
        referenceLabel: 'bare integrity_check',
        ratio: inspect.ms / bare.ms,
        notes,
      },
      {
        name: 'restore (check, safety copy, swap, reopen)',
        unit: 's',
        ours: restore.ms / 1000,
        reference: (copy.ms + bare.ms) / 1000,
        referenceLabel: 'copy + integrity_check',
        ratio: restore.ms / (copy.ms + bare.ms),
        notes,
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
