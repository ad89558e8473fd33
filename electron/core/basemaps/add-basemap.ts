import { assertOwnDataOpen, basemapsDataDir } from './laptop-basemaps.js';
import fs from 'node:fs';
import type { Basemap, BasemapFacts } from '../../../shared/domain/basemap.js';
import type { CoreContext } from '../api/core-context.js';
import type { JobContext } from '../api/job-context.js';
import type { FileSource } from '../import/source-bytes.js';
import { newId } from '../store/rows.js';
import { defaultName, imageryFacts, readFacts } from './basemap-facts.js';
import { basemapPath, ensureBasemapsDir, partPath, removeQuietly, storedFileName } from './basemap-files.js';
import { fileTypeOf, releaseSource, stageSource } from './basemap-source.js';
import type { StagedSource } from './basemap-source.js';
import { insertBasemap } from './basemaps-store.js';
import { imageryToMbtiles } from './imagery-to-mbtiles.js';
import { closeImagery, openImagery, readImageryPixels } from './read-imagery.js';

export interface AddBasemapInput {
  source: FileSource;
  name?: string | undefined;
}

/** Copies an MBTiles or PMTiles into `part` and reads its facts back from the copy: what is served is what was checked. */
async function copyTileset(staged: StagedSource, type: 'mbtiles' | 'pmtiles', part: string, job: JobContext) {
  job.progress(0, null, 'copy');
  if (staged.owned) fs.renameSync(staged.file, part);
  else await fs.promises.copyFile(staged.file, part);
  job.throwIfCancelled();
  return readFacts(part, type);
}

/** Tiles GeoTIFF imagery into an MBTiles at `part`. */
async function tileImagery(staged: StagedSource, part: string, name: string | undefined, job: JobContext) {
  const header = await openImagery({ path: staged.file });
  try {
    const facts = imageryFacts(header);
    job.progress(0, null, 'decode');
    const pixels = await readImageryPixels(header, job.signal);
    job.throwIfCancelled();
    await imageryToMbtiles(pixels, part, { ...facts, name: defaultName(name ?? null, staged.fileName) }, job);
    return { facts, name: null };
  } finally {
    await closeImagery(header);
  }
}

/**
 * Adds a basemap: the file is checked, copied (or tiled, for GeoTIFF) under
 * a scratch name in `<dataDir>/basemaps/`, renamed to `<id>.<ext>`, and only
 * then listed. A refused file, a failure or a cancel at any step removes
 * whatever was written: no row, no file.
 */
export async function addBasemap(ctx: CoreContext, input: AddBasemapInput, job: JobContext): Promise<Basemap> {
  job.progress(0, null, 'read');
  // One job writes into one workspace: swaps wait for running jobs (workspace.ts), so these stay the job's own.
  assertOwnDataOpen(ctx);
  const { db } = ctx;
  const dataDir = basemapsDataDir(ctx);
  const staged = stageSource(dataDir, input.source);
  const id = newId();
  let part: string | null = null;
  let final: string | null = null;
  try {
    const type = fileTypeOf(staged);
    ensureBasemapsDir(dataDir);
    let read: { facts: BasemapFacts; name: string | null };
    if (type === 'geotiff') {
      part = partPath(dataDir, storedFileName(id, 'geotiff'));
      read = await tileImagery(staged, part, input.name, job);
    } else {
      part = partPath(dataDir, `${id}.${type}`);
      read = await copyTileset(staged, type, part, job);
    }
    job.throwIfCancelled();
    const fileName = storedFileName(id, read.facts.kind);
    final = basemapPath(dataDir, fileName);
    fs.renameSync(part, final);
    return insertBasemap(db, {
      id,
      name: input.name ?? defaultName(read.name, staged.fileName),
      fileName,
      sourceFileName: staged.fileName,
      sizeBytes: fs.statSync(final).size,
      facts: read.facts,
    });
  } catch (error) {
    if (part) removeQuietly(part);
    if (final) removeQuietly(final);
    throw error;
  } finally {
    releaseSource(staged);
  }
}
