import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors.js';
import type { JobContext } from '../api/job-context.js';
import type { Store } from '../store/open-store.js';
import { writeCsv } from './csv.js';
import { writeEudr } from './eudr.js';
import { selectExportPlots } from './export-query.js';
import type { ExportFormat, ExportRequest, ExportResult, FormatContext, FormatOutcome } from './export-types.js';
import { writeGeoJson } from './geojson.js';
import { writeGeoPackage } from './gpkg.js';
import { writeKml } from './kml.js';
import { PartialFiles } from './partial-files.js';
import { writeShapefile } from './shapefile.js';

export type { ExportFormat, ExportRequest, ExportResult, ExportSkip } from './export-types.js';

/** Progress and cancellation are checked this often: cheap, yet a cancel takes effect within a blink. */
const TICK_EVERY = 250;

function writerFor(format: ExportFormat, request: ExportRequest): (ctx: FormatContext) => FormatOutcome {
  switch (format) {
    case 'geojson':
      return writeGeoJson;
    case 'kml':
      return writeKml;
    case 'csv':
      return writeCsv;
    case 'gpkg':
      return writeGeoPackage;
    case 'shp':
      return writeShapefile;
    case 'eudr':
      return (ctx) => writeEudr(ctx, request.eudr ?? { smallPlotsAs: 'polygon' });
    default: {
      const never: never = format;
      throw new ApiError('VALIDATION', `Unknown export format ${String(never)}.`);
    }
  }
}

function checkOutputPath(outputPath: string): void {
  if (!path.isAbsolute(outputPath)) {
    throw new ApiError('VALIDATION', 'The export path must be absolute.', { path: outputPath });
  }
  if (!fs.statSync(path.dirname(outputPath), { throwIfNoEntry: false })?.isDirectory()) {
    throw new ApiError('NOT_FOUND', `No folder ${path.dirname(outputPath)}.`, { path: outputPath });
  }
}

/**
 * Writes the live plots of an organisation or a selection in one format.
 * Files appear under their final names only when everything succeeded: a
 * failure or a cancelled job leaves nothing behind (see PartialFiles).
 */
export function exportPlots(db: Store, request: ExportRequest, job?: JobContext): ExportResult {
  checkOutputPath(request.outputPath);
  job?.throwIfCancelled();
  const { plots, skipped } = selectExportPlots(db, request);
  const files = new PartialFiles();
  const tick = (done: number) => {
    if (done % TICK_EVERY !== 0) return;
    job?.throwIfCancelled();
    job?.progress(done, plots.length, 'export');
  };
  try {
    const outcome = writerFor(request.format, request)({ plots, outputPath: request.outputPath, files, tick });
    // A cancel that arrived during the last stretch still wins: nothing is renamed.
    job?.throwIfCancelled();
    const written = files.commit();
    job?.progress(plots.length, plots.length, 'export');
    return { files: written, plotCount: outcome.plotCount, skipped: [...skipped, ...outcome.skipped] };
  } catch (error) {
    files.discard();
    throw error;
  }
}
