import fs from 'node:fs';

/** Every SQLite 3 database starts with these 16 bytes (https://www.sqlite.org/fileformat.html §1.3.1). */
const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;

export interface SqliteHeader {
  pageSizeBytes: number;
  /** Pages the header says the file has, or null when that field is stale (written by a very old SQLite). */
  pageCount: number | null;
}

/**
 * The database header of a file, or null when the file does not start like
 * an SQLite database (a text file renamed `.sqlite`, an empty file).
 */
export function readSqliteHeader(filePath: string): SqliteHeader | null {
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = fs.openSync(filePath, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (read < HEADER_BYTES || !header.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  // Offset 16, big-endian: the page size, except 1 means 65,536.
  const rawPageSize = header.readUInt16BE(16);
  const pageSizeBytes = rawPageSize === 1 ? 65_536 : rawPageSize;
  // Offset 28 (the "in-header database size") is valid only when the change counter at 24
  // equals the version-valid-for number at 92 (fileformat.html §1.3.7).
  const valid = header.readUInt32BE(24) === header.readUInt32BE(92) && header.readUInt32BE(28) > 0;
  return { pageSizeBytes, pageCount: valid ? header.readUInt32BE(28) : null };
}

/** Bytes the header promises, or null when it does not say; a shorter file was cut off. */
export function expectedSizeBytes(header: SqliteHeader): number | null {
  return header.pageCount === null ? null : header.pageCount * header.pageSizeBytes;
}
