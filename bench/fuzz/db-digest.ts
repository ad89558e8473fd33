import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

const cell = (value: unknown): unknown =>
  value instanceof Uint8Array
    ? `blob:${Buffer.from(value).toString('hex')}`
    : typeof value === 'bigint'
      ? `${value}n`
      : value;

/**
 * A hash of the content of every table (R*Tree and FTS shadow tables
 * included), independent of row order and page layout: two databases with
 * the same rows hash the same. What "the refused import wrote nothing" is
 * checked against.
 */
export function databaseDigest(db: Database.Database): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  const hash = crypto.createHash('sha256');
  for (const table of tables) {
    const rows = db
      .prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`)
      .raw(true)
      .all() as unknown[][];
    const rowHashes = rows
      .map((row) =>
        crypto
          .createHash('sha1')
          .update(JSON.stringify(row.map(cell)))
          .digest('hex'),
      )
      .sort();
    hash.update(`${table}\n${rowHashes.join('\n')}\n`);
  }
  return hash.digest('hex');
}

/** Row counts of the named tables. */
export function rowCounts(db: Database.Database, tables: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    counts[table] = db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
  }
  return counts;
}

/** Every file under `dir` with its size: raster layer files written or left behind. */
export function folderListing(dir: string): string {
  if (!fs.existsSync(dir)) return '';
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return `${path.relative(dir, file)}:${fs.statSync(file).size}`;
    })
    .sort()
    .join('\n');
}
