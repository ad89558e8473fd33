import fs from 'node:fs';

export interface WalTail {
  /** Frames that belong to the log now (their salts and running checksum are valid). */
  validFrames: number;
  /** Of those, frames after the last commit frame: a transaction that had begun writing and never committed. */
  uncommittedFrames: number;
}

const HEADER_BYTES = 32;
const FRAME_HEADER_BYTES = 24;

/**
 * Reads a write-ahead log the way SQLite's recovery does (sqlite.org/fileformat2.html,
 * "WAL File Format"): frames count while their salts match the header and the running
 * checksum holds; only frames up to the last commit frame are ever read back. Frames
 * after it are a transaction cut off half-way, the evidence that a kill landed inside
 * one after it had started spilling or committing pages.
 */
export function readWalTail(walPath: string): WalTail {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(walPath);
  } catch {
    return { validFrames: 0, uncommittedFrames: 0 };
  }
  if (bytes.length < HEADER_BYTES) return { validFrames: 0, uncommittedFrames: 0 };
  const magic = bytes.readUInt32BE(0);
  if (magic !== 0x377f0682 && magic !== 0x377f0683) return { validFrames: 0, uncommittedFrames: 0 };
  // The low bit of the magic number says in which byte order the checksum reads its words.
  const bigEndian = (magic & 1) === 1;
  const pageSize = bytes.readUInt32BE(8);
  const salt1 = bytes.readUInt32BE(16);
  const salt2 = bytes.readUInt32BE(20);
  let sums = checksum(bytes, 0, 24, [0, 0], bigEndian);
  if (sums[0] !== bytes.readUInt32BE(24) || sums[1] !== bytes.readUInt32BE(28)) {
    return { validFrames: 0, uncommittedFrames: 0 };
  }
  let valid = 0;
  let lastCommit = 0;
  for (let at = HEADER_BYTES; at + FRAME_HEADER_BYTES + pageSize <= bytes.length; at += FRAME_HEADER_BYTES + pageSize) {
    if (bytes.readUInt32BE(at + 8) !== salt1 || bytes.readUInt32BE(at + 12) !== salt2) break;
    sums = checksum(bytes, at, 8, sums, bigEndian);
    sums = checksum(bytes, at + FRAME_HEADER_BYTES, pageSize, sums, bigEndian);
    if (sums[0] !== bytes.readUInt32BE(at + 16) || sums[1] !== bytes.readUInt32BE(at + 20)) break;
    valid += 1;
    // A commit frame records the database size in pages after the commit; other frames record 0.
    if (bytes.readUInt32BE(at + 4) !== 0) lastCommit = valid;
  }
  return { validFrames: valid, uncommittedFrames: valid - lastCommit };
}

/** SQLite's WAL checksum: pairs of 32-bit words, s0 += x0 + s1, s1 += x1 + s0 (mod 2^32). */
function checksum(
  bytes: Buffer,
  start: number,
  length: number,
  [first, second]: readonly [number, number],
  bigEndian: boolean,
): [number, number] {
  let s0 = first;
  let s1 = second;
  for (let i = start; i < start + length; i += 8) {
    const x0 = bigEndian ? bytes.readUInt32BE(i) : bytes.readUInt32LE(i);
    const x1 = bigEndian ? bytes.readUInt32BE(i + 4) : bytes.readUInt32LE(i + 4);
    s0 = (s0 + x0 + s1) >>> 0;
    s1 = (s1 + x1 + s0) >>> 0;
  }
  return [s0, s1];
}
