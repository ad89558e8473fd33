import { basemapsDataDir } from './laptop-basemaps.js';
import fs from 'node:fs';
import { ApiError } from '../../../shared/api/errors.js';
import type { BasemapKind, TileFormat } from '../../../shared/domain/basemap.js';
import type { CoreContext } from '../api/core-context.js';
import { stmt } from '../store/statements.js';
import { basemapPath } from './basemap-files.js';
import { MbtilesFile } from './mbtiles-file.js';
import { PmtilesFile } from './pmtiles-file.js';
import { contentTypeOf, isGzip } from './tile-bytes.js';
import type { TileReader } from './tile-reader.js';

export interface BasemapTile {
  bytes: Uint8Array;
  contentType: string;
  /** 'gzip' when the file stores the tile gzipped (MBTiles vector tiles usually are); the bytes are as stored. */
  contentEncoding?: 'gzip';
}

interface TileRow {
  kind: BasemapKind;
  file_name: string;
  format: TileFormat;
}

function openReader(file: string, kind: BasemapKind): TileReader {
  switch (kind) {
    case 'mbtiles-raster':
    case 'mbtiles-vector':
    case 'geotiff':
      return MbtilesFile.open(file);
    case 'pmtiles-raster':
    case 'pmtiles-vector':
      return PmtilesFile.open(file);
    default: {
      const unexpected: never = kind;
      throw new Error(`Unknown basemap kind ${String(unexpected)}`);
    }
  }
}

/**
 * One tile of a basemap, by XYZ: its bytes and how to send them; null when
 * the file has no such tile, NOT_FOUND when the basemap does not exist (the
 * routes answer 204 and 404). The database and
 * data folder are read from the context on every call: the workspace may
 * have been swapped since the last tile.
 */
export async function readBasemapTile(
  ctx: CoreContext,
  id: string,
  z: number,
  x: number,
  y: number,
): Promise<BasemapTile | null> {
  const row = stmt(ctx.db, 'SELECT kind, file_name, format FROM basemaps WHERE id = ?').get(id) as TileRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', 'No such basemap.', { entity: 'basemap', id });
  const dataDir = basemapsDataDir(ctx);
  const reader = ctx.tiles.get(dataDir, id, () => {
    const file = basemapPath(dataDir, row.file_name);
    // The row came from a backup of another laptop, or the file was deleted by hand: the basemap draws nothing.
    if (!fs.existsSync(file)) throw new ApiError('NOT_FOUND', 'The basemap file is missing.', { entity: 'file', id });
    return openReader(file, row.kind);
  });
  const bytes = await reader.tile(z, x, y);
  if (!bytes) return null;
  const contentType = contentTypeOf(row.format);
  return isGzip(bytes) ? { bytes, contentType, contentEncoding: 'gzip' } : { bytes, contentType };
}
