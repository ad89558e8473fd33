import Database from 'better-sqlite3';
import type { Statement } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors.js';
import { tmsRow } from '../../../shared/geo/web-mercator-tiles.js';
import { describe, refuse } from './basemap-refusal.js';
import type { TileReader } from './tile-reader.js';

const TILE_COLUMNS = ['zoom_level', 'tile_column', 'tile_row', 'tile_data'];

/**
 * An MBTiles file (MBTiles 1.3: SQLite with `metadata(name, value)` and
 * `tiles(zoom_level, tile_column, tile_row, tile_data)`, a table or a view),
 * opened read-only. Rows are TMS (0 at the bottom); `tile` takes XYZ.
 */
export class MbtilesFile implements TileReader {
  readonly db: Database.Database;
  private readonly select: Statement<[number, number, number], { tile_data: Buffer } | undefined>;

  private constructor(db: Database.Database) {
    this.db = db;
    this.select = db.prepare(
      'SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?',
    ) as unknown as Statement<[number, number, number], { tile_data: Buffer } | undefined>;
  }

  /** Opens the file read-only; NOT_MBTILES when it is not SQLite or has no usable `tiles`. */
  static open(file: string): MbtilesFile {
    let db: Database.Database;
    try {
      db = new Database(file, { readonly: true, fileMustExist: true });
    } catch (error) {
      throw refuse('NOT_MBTILES', `Cannot open ${file} as SQLite: ${describe(error)}`);
    }
    try {
      const columns = (db.prepare('PRAGMA table_info(tiles)').all() as { name: string }[]).map((c) => c.name);
      const missing = TILE_COLUMNS.filter((c) => !columns.includes(c));
      if (missing.length > 0) {
        throw refuse('NOT_MBTILES', `The file has no MBTiles "tiles" table (missing ${missing.join(', ')})`);
      }
      return new MbtilesFile(db);
    } catch (error) {
      db.close();
      // SQLite answers "file is not a database" only on the first read.
      if (error instanceof ApiError) throw error;
      throw refuse('NOT_MBTILES', `The file is not an SQLite database: ${describe(error)}`);
    }
  }

  /** The stored bytes of XYZ tile (z, x, y), gzipped or not as stored; null when absent. */
  tileSync(z: number, x: number, y: number): Uint8Array | null {
    const row = this.select.get(z, x, tmsRow(y, z));
    const data = row?.tile_data as unknown;
    if (data instanceof Uint8Array) return data.length > 0 ? data : null;
    // Some writers store tiles as TEXT (base64 or raw); only blobs are tiles.
    return null;
  }

  tile(z: number, x: number, y: number): Promise<Uint8Array | null> {
    return Promise.resolve(this.tileSync(z, x, y));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
