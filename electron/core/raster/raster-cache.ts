import fs from 'node:fs';
import { ApiError } from '../../../shared/api/errors.js';
import { rasterPaths } from './raster-files.js';
import { loadRasterReader, type RasterReader } from './raster-reader.js';

interface Entry {
  dataDir: string;
  layerId: string;
  /**
   * Inode and mtime of `<id>.grid.json` when loaded. Every save renames a new
   * file into place (a new inode), so a raster saved again under the same id
   * is reloaded even without `invalidate`.
   */
  version: string;
  reader: RasterReader;
}

/**
 * The last few rasters opened, least recently used evicted first. A 5,000 ×
 * 5,000 DEM is 100 MB in memory, so the default keeps 3. Keyed by data
 * folder and layer id (tests run several data folders in one process).
 */
export class RasterCache {
  readonly capacity: number;
  /** Map iteration order is insertion order: the first entry is the least recently used. */
  private readonly entries = new Map<string, Entry>();

  constructor(capacity = 3) {
    if (!(capacity >= 1)) throw new ApiError('INTERNAL', `RasterCache capacity must be ≥ 1, got ${capacity}`);
    this.capacity = capacity;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The raster's reader, loaded from disk when not cached or when its files changed. NOT_FOUND when never saved. */
  open(dataDir: string, layerId: string): RasterReader {
    const key = `${dataDir}\0${layerId}`;
    let version: string;
    try {
      const stat = fs.statSync(rasterPaths(dataDir, layerId).grid);
      version = `${stat.ino}:${stat.mtimeMs}`;
    } catch {
      this.entries.delete(key);
      throw new ApiError('NOT_FOUND', `Raster files of layer ${layerId} not found`, { layerId });
    }
    const cached = this.entries.get(key);
    this.entries.delete(key);
    if (cached && cached.version === version) {
      this.entries.set(key, cached);
      return cached.reader;
    }
    const reader = loadRasterReader(dataDir, layerId);
    this.entries.set(key, { dataDir, layerId, version, reader });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldest);
    }
    return reader;
  }

  /** Forgets a layer's raster (after its file is replaced or the layer deleted), in every data folder. */
  invalidate(layerId: string): void {
    for (const [key, entry] of this.entries) if (entry.layerId === layerId) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** The process's raster cache. */
export const rasterCache = new RasterCache(3);

/** A saved raster layer's reader, from `cache` (the process's by default). NOT_FOUND when never saved. */
export function openRaster(dataDir: string, layerId: string, cache: RasterCache = rasterCache): RasterReader {
  return cache.open(dataDir, layerId);
}
