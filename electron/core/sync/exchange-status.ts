import type { ExchangeStatus } from '../../../shared/api/exchange.js';
import type { CoreContext } from '../api/core-context.js';
import { stmt } from '../store/statements.js';
import { openConflictCount } from './conflicts-store.js';
import { keyFingerprint, renameDevice } from './device-identity.js';
import { syncLocal } from './sync-state.js';

export function exchangeStatus(ctx: CoreContext): ExchangeStatus {
  const local = syncLocal(ctx.db);
  const peers = stmt(
    ctx.db,
    'SELECT device_id, name, public_key, first_seen_at, last_import_at FROM peers ORDER BY name COLLATE NOCASE',
  ).all() as {
    device_id: string;
    name: string;
    public_key: Buffer;
    first_seen_at: string;
    last_import_at: string | null;
  }[];
  return {
    device: { id: ctx.device.id, name: ctx.device.name, fingerprint: keyFingerprint(ctx.device.publicKey) },
    network: local.networkId ? { id: local.networkId, name: local.networkName ?? '' } : null,
    peers: peers.map((p) => ({
      id: p.device_id,
      name: p.name,
      fingerprint: keyFingerprint(p.public_key),
      firstSeenAt: p.first_seen_at,
      lastImportAt: p.last_import_at,
    })),
    openConflicts: openConflictCount(ctx.db),
    localChanges: local.deviceId === ctx.device.id ? local.counter : 0,
    demo: ctx.workspace.kind === 'demo',
  };
}

/** The name is the laptop's, kept in device.json of the main data folder (never in a database). */
export function renameThisDevice(ctx: CoreContext, name: string): ExchangeStatus {
  const renamed = renameDevice(ctx.workspace.mainDataDir, name);
  ctx.device = { ...ctx.device, name: renamed.name };
  return exchangeStatus(ctx);
}
