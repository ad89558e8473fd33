import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors.js';
import { newId } from '../store/rows.js';
import type { FileSource } from '../import/source-bytes.js';
import { readSourceBytes } from '../import/source-bytes.js';
import { startsLikeTiff } from '../raster/read-geotiff.js';
import { refuse } from './basemap-refusal.js';
import { ensureBasemapsDir, partPath, removeQuietly } from './basemap-files.js';
import { assertPmtilesHeader } from './pmtiles-file.js';

export type BasemapFileType = 'mbtiles' | 'pmtiles' | 'geotiff';

/** A file to read: the user's own (by path; never moved or changed) or a copy of sent bytes that we own. */
export interface StagedSource {
  file: string;
  fileName: string;
  sizeBytes: number;
  owned: boolean;
}

/**
 * The source as a file on disk. SQLite and PMTiles are read in place by
 * path (a basemap may be several GB: it is never read into memory); bytes
 * sent by browser mode are written to a scratch file in the basemaps folder.
 */
export function stageSource(dataDir: string, source: FileSource): StagedSource {
  if ('path' in source) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(source.path);
    } catch {
      throw new ApiError('NOT_FOUND', `No file at ${source.path}.`, { entity: 'file', path: source.path });
    }
    if (!stat.isFile()) throw new ApiError('NOT_FOUND', `${source.path} is not a file.`, { path: source.path });
    return { file: source.path, fileName: path.basename(source.path), sizeBytes: stat.size, owned: false };
  }
  const { fileName, bytes } = readSourceBytes(source);
  ensureBasemapsDir(dataDir);
  const file = partPath(dataDir, `upload-${newId()}`);
  fs.writeFileSync(file, bytes);
  return { file, fileName, sizeBytes: bytes.length, owned: true };
}

export function releaseSource(staged: StagedSource): void {
  if (staged.owned) removeQuietly(staged.file);
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/** What the file is, by its first bytes (SQLite file format §1.3.1, PMTiles, TIFF); refused when none. */
export function fileTypeOf(staged: StagedSource): BasemapFileType {
  if (staged.sizeBytes === 0) throw refuse('EMPTY_FILE', 'The file is empty');
  const head = new Uint8Array(16);
  const fd = fs.openSync(staged.file, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (new TextDecoder().decode(head) === SQLITE_MAGIC) return 'mbtiles';
  if (head[0] === 0x50 && head[1] === 0x4d) {
    assertPmtilesHeader(head);
    return 'pmtiles';
  }
  if (startsLikeTiff(head)) return 'geotiff';
  throw refuse('UNKNOWN_FORMAT', `${staged.fileName} is not an MBTiles, PMTiles or GeoTIFF file`);
}
