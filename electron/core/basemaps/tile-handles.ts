import type { TileReader } from './tile-reader.js';

interface Entry {
  dataDir: string;
  basemapId: string;
  reader: TileReader;
}

/**
 * The last few basemap files opened for serving tiles, least recently used
 * closed first: a map view asks for dozens of tiles of one basemap at a
 * time, and opening SQLite or a PMTiles directory per tile would cost more
 * than the read. Keyed by data folder and basemap id (the data folder
 * changes with the workspace). `clear` closes everything: on a workspace
 * swap (workspace.ts) and before a restore replaces files.
 */
export class TileHandles {
  private readonly entries = new Map<string, Entry>();

  constructor(readonly capacity = 8) {}

  get size(): number {
    return this.entries.size;
  }

  /** The open reader for a basemap, opened with `open` when not already open. */
  get(dataDir: string, basemapId: string, open: () => TileReader): TileReader {
    const key = `${dataDir}\0${basemapId}`;
    const cached = this.entries.get(key);
    if (cached) {
      // Map iteration is insertion order: re-inserting makes it the most recently used.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached.reader;
    }
    const reader = open();
    this.entries.set(key, { dataDir, basemapId, reader });
    for (const [oldKey, entry] of this.entries) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldKey);
      entry.reader.close();
    }
    return reader;
  }

  /** Closes one basemap's file (before it is deleted), in every data folder. */
  close(basemapId: string): void {
    for (const [key, entry] of this.entries) {
      if (entry.basemapId !== basemapId) continue;
      this.entries.delete(key);
      entry.reader.close();
    }
  }

  clear(): void {
    for (const entry of this.entries.values()) entry.reader.close();
    this.entries.clear();
  }
}
