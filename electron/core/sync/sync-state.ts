import type { Store } from '../store/open-store.js';
import { stmt } from '../store/statements.js';

/** `{deviceId: highest counter held}`: what a database knows, its own changes included. */
export type Knowledge = Record<string, number>;

export interface SyncLocal {
  deviceId: string;
  counter: number;
  networkId: string | null;
  networkName: string | null;
  /** It has imported a package: its network is no longer just its own proposal. */
  networkSettled: boolean;
}

export function syncLocal(db: Store): SyncLocal {
  const row = stmt(
    db,
    'SELECT device_id, counter, network_id, network_name, network_settled FROM sync_local WHERE id = 1',
  ).get() as {
    device_id: string;
    counter: number;
    network_id: string | null;
    network_name: string | null;
    network_settled: number;
  };
  return {
    deviceId: row.device_id,
    counter: row.counter,
    networkId: row.network_id,
    networkName: row.network_name,
    networkSettled: row.network_settled === 1,
  };
}

export function knowledgeOf(db: Store): Knowledge {
  const known: Knowledge = {};
  for (const row of stmt(db, 'SELECT device_id, max_counter FROM known_changes').all() as {
    device_id: string;
    max_counter: number;
  }[]) {
    known[row.device_id] = row.max_counter;
  }
  const local = syncLocal(db);
  if (local.counter > 0) known[local.deviceId] = local.counter;
  return known;
}

/** What a local write records as known when it is made: how another laptop tells an edit from a concurrent one. */
export function refreshWriteContext(db: Store): void {
  stmt(db, 'UPDATE sync_local SET context = ? WHERE id = 1').run(JSON.stringify(knowledgeOf(db)));
}

/**
 * Makes this database stamp its changes with the laptop's identity. A
 * database first opened here (new, upgraded, restored from another laptop's
 * copy) keeps the changes it holds under the identity that made them, now
 * counted as another laptop's, and numbering goes on above anything this
 * laptop has already sent.
 */
export function adoptDevice(db: Store, deviceId: string, exportedCounter: number): void {
  db.transaction(() => {
    const local = syncLocal(db);
    let counter = Math.max(local.counter, exportedCounter);
    if (local.deviceId !== deviceId) {
      if (local.counter > 0) {
        stmt(
          db,
          `INSERT INTO known_changes (device_id, max_counter) VALUES (?, ?)
           ON CONFLICT (device_id) DO UPDATE SET max_counter = max(max_counter, excluded.max_counter)`,
        ).run(local.deviceId, local.counter);
      }
      const held = stmt(db, 'SELECT max_counter FROM known_changes WHERE device_id = ?').get(deviceId) as
        { max_counter: number } | undefined;
      counter = Math.max(held?.max_counter ?? 0, exportedCounter);
      stmt(db, 'DELETE FROM known_changes WHERE device_id = ?').run(deviceId);
    }
    if (local.deviceId === deviceId && counter === local.counter) return;
    stmt(db, 'UPDATE sync_local SET device_id = ?, counter = ? WHERE id = 1').run(deviceId, counter);
    refreshWriteContext(db);
  })();
}

/**
 * Runs `work` in one transaction with the change-log triggers silent: for
 * writes that are not this laptop's edits (a package being applied, the
 * shipped catalogue being seeded).
 */
export function withLogMuted<T>(db: Store, work: () => T): T {
  return db.transaction(() => {
    stmt(db, 'UPDATE sync_local SET muted = 1 WHERE id = 1').run();
    const result = work();
    stmt(db, 'UPDATE sync_local SET muted = 0 WHERE id = 1').run();
    return result;
  })();
}
