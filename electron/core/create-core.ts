import os from 'node:os';
import type { ApiResult } from '../../shared/api/errors.js';
import { dispatch } from './api/dispatch.js';
import type { DispatchOptions } from './api/dispatch.js';
import type { CoreContext } from './api/core-context.js';
import { JobRegistry } from './api/job-registry.js';
import { rotateStartupBackup } from './backups/backups.js';
import { TileHandles } from './basemaps/tile-handles.js';
import { ImportSessions } from './import/import-sessions.js';
import { RasterCache } from './raster/raster-cache.js';
import { backupDirFor } from './paths.js';
import { findDamage } from './recovery/find-damage.js';
import { newHold, placeholderStore, refusalWhileDamaged } from './recovery/recovery-hold.js';
import type { RecoveryHold } from './recovery/recovery-hold.js';
import { readSettings } from './settings/settings-store.js';
import { adoptDevice } from './sync/sync-state.js';
import { loadOrCreateDevice } from './sync/device-identity.js';
import { openWorkspaceStore } from './workspace/workspace.js';

export interface Core {
  readonly context: CoreContext;
  /**
   * Set when the database was found damaged at start (recovery/find-damage.ts): the file is
   * left untouched and only `recovery.*` answers until a backup is restored in its place.
   */
  readonly recovery: RecoveryHold | null;
  /** Any name: an unknown one answers UNKNOWN_PROCEDURE, as over the transports. */
  call(name: string, input: unknown, options?: DispatchOptions): Promise<ApiResult<unknown>>;
  close(): void;
}

export interface CreateCoreOptions {
  dbPath: string;
  dataDir: string;
  /** The desktop app and browser mode back up at start; the CLI and tests do not. */
  startupBackup?: boolean;
}

/** Opens the store and wires the handlers: what every transport serves. */
export async function createCore(options: CreateCoreOptions): Promise<Core> {
  // A damaged file is held, not opened: opening would migrate it and switch it to WAL (writes).
  const damage = findDamage(options.dbPath);
  const db = damage ? placeholderStore() : openWorkspaceStore(options.dbPath);
  const device = loadOrCreateDevice(options.dataDir, os.hostname());
  if (!damage) adoptDevice(db, device.id, device.exportedCounter);
  const context: CoreContext = {
    db,
    dataDir: options.dataDir,
    backupDir: backupDirFor(options.dbPath),
    workspace: { kind: 'main', mainDbPath: damage ? options.dbPath : db.name, mainDataDir: options.dataDir },
    jobs: new JobRegistry(),
    imports: new ImportSessions(),
    rasters: new RasterCache(3),
    tiles: new TileHandles(),
    reports: { printer: null },
    device,
    recovery: damage ? newHold(damage, options.dbPath) : null,
  };
  // Never in recovery: a copy of the damaged file would push a good backup out of the rotation.
  if (options.startupBackup && !damage) {
    await rotateStartupBackup(context.db, context.backupDir, readSettings(db).backupsToKeep);
  }
  return {
    context,
    get recovery() {
      return context.recovery ?? null;
    },
    call: (name, input, callOptions) =>
      Promise.resolve(refusalWhileDamaged(context, name) ?? dispatch(context, name, input, callOptions)),
    close: () => {
      const printer = context.reports.printer;
      context.reports.printer = null;
      void printer?.close();
      context.tiles.clear();
      // The demo or a restore may have swapped the store since start.
      if (context.db.open) context.db.close();
    },
  };
}
