import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { OutputOf, ParsedInputOf } from '../../../shared/api/contract.js';
import type { CoreContext } from '../api/core-context.js';
import type { JobContext } from '../api/job-context.js';
import { exportPlots } from './export-plots.js';
import type { ExportFormat } from './export-types.js';

/** `exports.write`: the desktop save dialog and the CLI give a path; the files are written there. */
export function writeExport(
  core: CoreContext,
  input: ParsedInputOf<'exports.write'>,
  job?: JobContext,
): OutputOf<'exports.write'> {
  return exportPlots(core.db, input, job);
}

const DOWNLOAD: Record<ExportFormat, { fileName: string; mimeType: string }> = {
  geojson: { fileName: 'parcelas.geojson', mimeType: 'application/geo+json' },
  kml: { fileName: 'parcelas.kml', mimeType: 'application/vnd.google-earth.kml+xml' },
  csv: { fileName: 'parcelas.csv', mimeType: 'text/csv' },
  gpkg: { fileName: 'parcelas.gpkg', mimeType: 'application/geopackage+sqlite3' },
  shp: { fileName: 'parcelas-shp.zip', mimeType: 'application/zip' },
  eudr: { fileName: 'eudr-parcelas.geojson', mimeType: 'application/geo+json' },
};

/**
 * `exports.download`: browser mode cannot choose a path, so the files are
 * written to a private temporary folder, returned as base64 and removed.
 */
export function downloadExport(
  core: CoreContext,
  input: ParsedInputOf<'exports.download'>,
  job?: JobContext,
): OutputOf<'exports.download'> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-export-'));
  try {
    const { fileName, mimeType } = DOWNLOAD[input.format];
    const result = exportPlots(core.db, { ...input, outputPath: path.join(dir, fileName) }, job);
    return {
      files: result.files.map((file) => ({
        fileName: path.basename(file.path),
        mimeType,
        dataBase64: fs.readFileSync(file.path).toString('base64'),
      })),
      plotCount: result.plotCount,
      skipped: result.skipped,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
