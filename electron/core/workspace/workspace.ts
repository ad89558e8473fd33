import { ApiError } from '../../../shared/api/errors.js';
import type { CoreContext } from '../api/core-context.js';
import { backupDirFor } from '../paths.js';
import { seedMeasureCatalogue } from '../plans/measure-catalogue.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/open-store.js';
import { adoptDevice } from '../sync/sync-state.js';

export type WorkspaceKind = 'main' | 'demo';

export interface WorkspaceState {
  kind: WorkspaceKind;
  /** The organisation's own database and data folder, to come back to after the demo. */
  readonly mainDbPath: string;
  readonly mainDataDir: string;
}

export interface WorkspaceTarget {
  kind: WorkspaceKind;
  dbPath: string;
  dataDir: string;
}

/**
 * Refuses to swap the database while another call is running: an import or an
 * analysis half-way through would carry on writing into the wrong file.
 * `ownCalls` is how many running calls belong to the caller itself.
 */
export function assertIdle(ctx: CoreContext, ownCalls = 1): void {
  if (ctx.jobs.size > ownCalls) {
    throw new ApiError('CONFLICT', 'Another task is running; wait for it to finish or cancel it first.', {
      reason: 'BUSY',
    });
  }
}

/**
 * Closes the open database and opens another in its place, with everything
 * cached from the old one dropped (raster grids, open import previews). The
 * new file is opened first, so a file that cannot be opened leaves the
 * current database open and in use.
 */
export function swapWorkspace(ctx: CoreContext, target: WorkspaceTarget): void {
  const next = openWorkspaceStore(target.dbPath);
  const previous = ctx.db;
  installStore(ctx, next, target);
  if (previous !== next && previous.open) previous.close();
}

/** Opens a database as the app uses it: migrated, with the measure catalogue seeded. */
export function openWorkspaceStore(dbPath: string): Store {
  const db = openStore(dbPath);
  try {
    seedMeasureCatalogue(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/**
 * Points the context at an already open store. For callers that must close
 * the old file before the new one can open (a restore replaces the file on
 * disk); everyone else uses `swapWorkspace`.
 */
export function installStore(ctx: CoreContext, db: Store, target: WorkspaceTarget): void {
  // A restored or demo database stamps its next changes as this laptop's.
  adoptDevice(db, ctx.device.id, ctx.device.exportedCounter);
  ctx.db = db;
  ctx.dataDir = target.dataDir;
  ctx.backupDir = backupDirFor(target.dbPath);
  ctx.workspace.kind = target.kind;
  ctx.rasters.clear();
  ctx.imports.clear();
  ctx.tiles.clear();
}
