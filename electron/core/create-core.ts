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
import { readSettings } from './settings/settings-store.js';
import { adoptDevice } from './sync/sync-state.js';
import { loadOrCreateDevice } from './sync/device-identity.js';
import { openWorkspaceStore } from './workspace/workspace.js';

export interface Core {
  readonly context: CoreContext;
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
  const db = openWorkspaceStore(options.dbPath);
  const device = loadOrCreateDevice(options.dataDir, os.hostname());
  adoptDevice(db, device.id, device.exportedCounter);
  const context: CoreContext = {
    db,
    dataDir: options.dataDir,
    backupDir: backupDirFor(options.dbPath),
    workspace: { kind: 'main', mainDbPath: db.name, mainDataDir: options.dataDir },
    jobs: new JobRegistry(),
    imports: new ImportSessions(),
    rasters: new RasterCache(3),
    tiles: new TileHandles(),
    reports: { printer: null },
    device,
  };
  if (options.startupBackup) {
    await rotateStartupBackup(context.db, context.backupDir, readSettings(db).backupsToKeep);
  }
  return {
    context,
    call: (name, input, callOptions) => dispatch(context, name, input, callOptions),
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
