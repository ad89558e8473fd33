import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { Statement } from 'better-sqlite3';
import { tmsRow } from '../../../shared/geo/web-mercator-tiles.js';

/** Tiles per transaction: one fsync-free commit every few hundred keeps memory flat and inserts fast. */
const BATCH = 256;

/**
 * Writes a new MBTiles 1.3 file: `metadata` and `tiles` with the standard
 * unique index, rows in TMS. The file is a scratch copy (renamed into place
 * by the caller when complete), so journaling and syncs are off.
 */
export class MbtilesWriter {
  private readonly db: Database.Database;
  private readonly insert: Statement<[number, number, number, Uint8Array]>;
  private pending = 0;
  count = 0;

  constructor(readonly file: string) {
    fs.rmSync(file, { force: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.exec(`
      CREATE TABLE metadata (name TEXT, value TEXT);
      CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);
      CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);
    `);
    this.insert = this.db.prepare(
      'INSERT INTO tiles (zoom_level, tile_column, tile_row, tile_data) VALUES (?, ?, ?, ?)',
    );
    this.db.exec('BEGIN');
  }

  /** Adds XYZ tile (z, x, y). */
  put(z: number, x: number, y: number, bytes: Uint8Array): void {
    this.insert.run(z, x, tmsRow(y, z), bytes);
    this.count += 1;
    this.pending += 1;
    if (this.pending >= BATCH) {
      this.db.exec('COMMIT');
      this.db.exec('BEGIN');
      this.pending = 0;
    }
  }

  /** Commits the tiles, writes the metadata and closes the file. */
  finish(metadata: Record<string, string>): void {
    const insert = this.db.prepare('INSERT INTO metadata (name, value) VALUES (?, ?)');
    for (const [name, value] of Object.entries(metadata)) insert.run(name, value);
    this.db.exec('COMMIT');
    this.db.close();
  }

  /** Closes and deletes the file (a failed or cancelled conversion leaves nothing). */
  discard(): void {
    if (this.db.open) this.db.close();
    fs.rmSync(this.file, { force: true });
  }
}
