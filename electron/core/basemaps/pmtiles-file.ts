import fs from 'node:fs';
import zlib from 'node:zlib';
import { gunzipSync } from 'fflate';
import { Compression, PMTiles, SharedPromiseCache } from 'pmtiles';
import type { RangeResponse, Source } from 'pmtiles';
import { describe, refuse } from './basemap-refusal.js';
import type { TileReader } from './tile-reader.js';

/** PMTiles v3 spec §3: the archive starts with "PMTiles" and a version byte. */
const MAGIC = 'PMTiles';
const SPEC_VERSION = 3;
/** Directories kept decoded per archive (the package's default). */
const DIRECTORY_CACHE_ENTRIES = 100;

const asArrayBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? (bytes.buffer as ArrayBuffer)
    : bytes.slice().buffer;

/**
 * Directories, metadata and tiles decompressed in the core, so tiles are
 * served as plain bytes: gzip with fflate, Brotli with Node's zlib. Node 20
 * has no zstd; such archives are refused at import (UNSUPPORTED_COMPRESSION).
 */
export function decompress(buffer: ArrayBuffer, compression: Compression): Promise<ArrayBuffer> {
  try {
    return Promise.resolve(decompressSync(buffer, compression));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

function decompressSync(buffer: ArrayBuffer, compression: Compression): ArrayBuffer {
  switch (compression) {
    case Compression.None:
    case Compression.Unknown:
      return buffer;
    case Compression.Gzip:
      return asArrayBuffer(gunzipSync(new Uint8Array(buffer)));
    case Compression.Brotli:
      return asArrayBuffer(zlib.brotliDecompressSync(new Uint8Array(buffer)));
    case Compression.Zstd:
      throw refuse('UNSUPPORTED_COMPRESSION', 'zstd-compressed PMTiles cannot be read', { compression: 'zstd' });
    default: {
      const unexpected: never = compression;
      throw refuse('UNSUPPORTED_COMPRESSION', `Unknown PMTiles compression ${String(unexpected)}`);
    }
  }
}

/** The pmtiles `Source` over a local file: byte ranges read with fs, clipped at the end of the file. */
export class LocalFileSource implements Source {
  private fd: number | null;
  readonly size: number;

  constructor(readonly file: string) {
    this.fd = fs.openSync(file, 'r');
    this.size = fs.fstatSync(this.fd).size;
  }

  getKey(): string {
    return this.file;
  }

  getBytes(offset: number, length: number): Promise<RangeResponse> {
    try {
      return Promise.resolve({ data: this.readSync(offset, length).buffer as ArrayBuffer });
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** Up to `length` bytes from `offset`, fewer at the end of the file. */
  readSync(offset: number, length: number): Uint8Array {
    if (this.fd === null) throw new Error(`${this.file} is closed`);
    const count = Math.max(0, Math.min(length, this.size - offset));
    // NOTE: a Uint8Array of its own (not Buffer.allocUnsafe, which may be a view of a shared pool).
    const data = new Uint8Array(count);
    let read = 0;
    while (read < count) {
      const n = fs.readSync(this.fd, data, read, count - read, offset + read);
      if (n === 0) break;
      read += n;
    }
    return read === count ? data : data.slice(0, read);
  }

  close(): void {
    if (this.fd !== null) fs.closeSync(this.fd);
    this.fd = null;
  }
}

/** Refuses a file that is not a PMTiles v3 archive by its first 8 bytes (NOT_PMTILES, PMTILES_VERSION). */
export function assertPmtilesHeader(head: Uint8Array): void {
  // Versions 1 and 2 start with "PM" and a 16-bit version instead (PMTiles spec v2 §"Header").
  if (head[0] === 0x50 && head[1] === 0x4d && (head[2] === 1 || head[2] === 2) && head[3] === 0) {
    throw refuse('PMTILES_VERSION', `PMTiles version ${head[2]}; version 3 is read`, { version: head[2] });
  }
  if (head.length < 8 || new TextDecoder().decode(head.subarray(0, 7)) !== MAGIC) {
    throw refuse('NOT_PMTILES', 'The file does not start like a PMTiles archive');
  }
  const version = head[7] as number;
  if (version !== SPEC_VERSION) {
    throw refuse('PMTILES_VERSION', `PMTiles version ${version}; version 3 is read`, { version });
  }
}

/** A local PMTiles v3 archive, read through the pmtiles package. */
export class PmtilesFile implements TileReader {
  readonly archive: PMTiles;
  private readonly source: LocalFileSource;

  private constructor(source: LocalFileSource) {
    this.source = source;
    // NOTE: the cache decompresses the header's root directory itself, with its own function: ours, not the default.
    this.archive = new PMTiles(source, new SharedPromiseCache(DIRECTORY_CACHE_ENTRIES, true, decompress), decompress);
  }

  static open(file: string): PmtilesFile {
    const source = new LocalFileSource(file);
    try {
      assertPmtilesHeader(source.readSync(0, 8));
      return new PmtilesFile(source);
    } catch (error) {
      source.close();
      throw error;
    }
  }

  async tile(z: number, x: number, y: number): Promise<Uint8Array | null> {
    try {
      const response = await this.archive.getZxy(z, x, y);
      return response && response.data.byteLength > 0 ? new Uint8Array(response.data) : null;
    } catch (error) {
      throw refuse('NOT_PMTILES', `Tile ${z}/${x}/${y} cannot be read: ${describe(error)}`);
    }
  }

  close(): void {
    this.source.close();
  }
}
