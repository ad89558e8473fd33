import type { ExportSkipReason } from '../../../shared/api/exports.js';
import type { exportFormats } from '../../../shared/api/exports.js';
import type { ExportPlot } from './export-query.js';
import type { PartialFiles } from './partial-files.js';

export type ExportFormat = (typeof exportFormats)[number];

export interface EudrOptions {
  /** Plots of 4 ha or less may be declared as a point or a polygon (DOMAIN.md, "Green markets"). */
  smallPlotsAs: 'polygon' | 'point';
  /** Per file; defaults to EUDR_MAX_FILE_BYTES. Tests lower it. */
  maxFileBytes?: number;
}

export interface ExportRequest {
  format: ExportFormat;
  organisationId?: string;
  plotIds?: string[];
  /** Absolute path of the file to write (the .zip for 'shp'); EUDR splits add -1, -2… before the extension. */
  outputPath: string;
  eudr?: EudrOptions;
}

/** A plot left out, with a reason code the renderer translates (`export.skipped.<reason>`). */
export interface ExportSkip {
  plotId: string;
  plotName: string;
  reason: ExportSkipReason;
}

export interface ExportResult {
  files: { path: string; sizeBytes: number }[];
  /** Plots written (each once, whatever the number of files). */
  plotCount: number;
  skipped: ExportSkip[];
}

/** What a format writer receives: the plots, where to write, and a tick for progress and cancellation. */
export interface FormatContext {
  plots: readonly ExportPlot[];
  outputPath: string;
  files: PartialFiles;
  /** Call with the number of plots done so far; throws CANCELLED when the job was cancelled. */
  tick: (done: number) => void;
}

export interface FormatOutcome {
  plotCount: number;
  skipped: ExportSkip[];
}
