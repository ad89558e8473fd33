import type { ImportSessions } from '../import/import-sessions.js';
import type { RasterCache } from '../raster/raster-cache.js';
import type { ReportsHost } from '../reports/pdf-printer.js';
import type { Store } from '../store/open-store.js';
import type { JobRegistry } from './job-registry.js';

/** What every handler may use: the open store and where the app keeps files. */
export interface CoreContext {
  readonly db: Store;
  readonly dataDir: string;
  readonly backupDir: string;
  readonly jobs: JobRegistry;
  readonly imports: ImportSessions;
  /** Raster layers' grids, loaded once and kept while used (a 5,000 × 5,000 DEM is 100 MB). */
  readonly rasters: RasterCache;
  /** The PDF printer, set by whoever serves the renderer (browser mode, the CLI, the desktop shell). */
  readonly reports: ReportsHost;
}
