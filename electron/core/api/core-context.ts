import type { TileHandles } from '../basemaps/tile-handles.js';
import type { ImportSessions } from '../import/import-sessions.js';
import type { RasterCache } from '../raster/raster-cache.js';
import type { RecoveryHold } from '../recovery/recovery-hold.js';
import type { ReportsHost } from '../reports/pdf-printer.js';
import type { Store } from '../store/open-store.js';
import type { DeviceIdentity } from '../sync/device-identity.js';
import type { WorkspaceState } from '../workspace/workspace.js';
import type { JobRegistry } from './job-registry.js';

/**
 * What every handler may use: the open store and where the app keeps files.
 * `db`, `dataDir` and `backupDir` change together, and only through
 * `swapWorkspace` (demo database, restore): handlers read them on each call.
 */
export interface CoreContext {
  db: Store;
  dataDir: string;
  backupDir: string;
  /** Which database is open: the organisation's own data or the workshop demo. */
  workspace: WorkspaceState;
  readonly jobs: JobRegistry;
  readonly imports: ImportSessions;
  /** Raster layers' grids, loaded once and kept while used (a 5,000 × 5,000 DEM is 100 MB). */
  readonly rasters: RasterCache;
  /** Basemap files open for serving tiles (MBTiles, PMTiles), closed when the workspace swaps. */
  readonly tiles: TileHandles;
  /** This laptop (from `device.json` in the main data folder): stamps changes and signs packages. */
  device: DeviceIdentity;
  /** The PDF printer, set by whoever serves the renderer (browser mode, the CLI, the desktop shell). */
  readonly reports: ReportsHost;
  /** Set while the database found damaged at start is held unopened (recovery/recovery-hold.ts); `db` is a stand-in then. */
  recovery?: RecoveryHold | null;
}
