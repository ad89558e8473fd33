import { basemapsDataDir } from './laptop-basemaps.js';
import type { BasemapInspection } from '../../../shared/api/basemaps.js';
import type { CoreContext } from '../api/core-context.js';
import type { JobContext } from '../api/job-context.js';
import type { FileSource } from '../import/source-bytes.js';
import { defaultName, readFacts } from './basemap-facts.js';
import { fileTypeOf, releaseSource, stageSource } from './basemap-source.js';

/** Reads a basemap file for the add dialog: what it is, its zooms and coverage. Writes nothing that stays. */
export async function inspectBasemap(
  ctx: CoreContext,
  source: FileSource,
  job: JobContext,
): Promise<BasemapInspection> {
  job.progress(0, null, 'read');
  const staged = stageSource(basemapsDataDir(ctx), source);
  try {
    const { facts, name, conversion } = await readFacts(staged.file, fileTypeOf(staged));
    return {
      fileName: staged.fileName,
      sizeBytes: staged.sizeBytes,
      facts,
      suggestedName: defaultName(name, staged.fileName),
      conversion,
    };
  } finally {
    releaseSource(staged);
  }
}
