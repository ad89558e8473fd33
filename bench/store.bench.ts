import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createCore } from '../electron/core/create-core.js';
import { startHttpTransport } from '../electron/http/http-server.js';
import type { BenchResult } from './run.js';

const N = 2000;

/** Median of `rounds` timings of `fn`, in milliseconds. */
async function timeMs(fn: () => Promise<void> | void, rounds = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)] ?? Number.NaN;
}

/**
 * What the contract costs: validated API calls (dispatch, and the HTTP
 * transport of browser mode) against bare better-sqlite3 statements doing the
 * same inserts and reads.
 */
export async function run(): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-bench-'));
  const core = await createCore({ dbPath: path.join(dir, 'api.sqlite'), dataDir: dir });
  const raw = new Database(path.join(dir, 'raw.sqlite'));
  raw.pragma('journal_mode = WAL');
  raw.exec(
    'CREATE TABLE organisations (id TEXT PRIMARY KEY, name TEXT, type TEXT, created_at TEXT, updated_at TEXT) STRICT',
  );
  let round = 0;

  const apiInsert = await timeMs(async () => {
    round += 1;
    for (let i = 0; i < N / 10; i += 1) {
      await core.call('organisations.create', { name: `Org ${round}-${i}`, type: 'asociacion' });
    }
  });
  const insert = raw.prepare('INSERT INTO organisations VALUES (?, ?, ?, ?, ?)');
  const rawInsert = await timeMs(() => {
    round += 1;
    for (let i = 0; i < N / 10; i += 1) {
      const now = new Date().toISOString();
      insert.run(crypto.randomUUID(), `Org ${round}-${i}`, 'asociacion', now, now);
    }
  });

  const transport = await startHttpTransport(core, { port: 0, staticDir: dir });
  const httpInfo = await timeMs(async () => {
    for (let i = 0; i < N / 10; i += 1) {
      const res = await fetch(`${transport.url}api/system.info`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"input":{}}',
      });
      await res.json();
    }
  });
  const dispatchInfo = await timeMs(async () => {
    for (let i = 0; i < N / 10; i += 1) await core.call('system.info', {});
  });
  await transport.close();
  core.close();
  raw.close();
  fs.rmSync(dir, { recursive: true, force: true });

  const perCall = (ms: number): number => (1000 * ms) / (N / 10);
  return [
    {
      name: 'organisations.create (µs/call, dispatch)',
      unit: 'µs',
      ours: perCall(apiInsert),
      reference: perCall(rawInsert),
      referenceLabel: 'bare INSERT',
      ratio: apiInsert / rawInsert,
      notes: 'validation + name check + transaction',
    },
    {
      name: 'system.info (µs/call, HTTP vs dispatch)',
      unit: 'µs',
      ours: perCall(httpInfo),
      reference: perCall(dispatchInfo),
      referenceLabel: 'in-process dispatch',
      ratio: httpInfo / dispatchInfo,
    },
  ];
}
