import { gzipSync } from 'fflate';
import { zxyToTileId } from 'pmtiles';

/** PMTiles v3 enums (spec §3.4–3.5): compression 1 none, 2 gzip; tile type 1 MVT, 2 PNG, 3 JPEG, 4 WebP. */
export const PMTILES_COMPRESSION = { none: 1, gzip: 2, brotli: 3, zstd: 4 } as const;
export const PMTILES_TILE_TYPE = { mvt: 1, png: 2, jpeg: 3, webp: 4, avif: 5 } as const;

export interface PmtilesTile {
  z: number;
  x: number;
  y: number;
  bytes: Uint8Array;
}

export interface PmtilesOptions {
  tileType: number;
  /** Compression of the root directory and the metadata (default none). */
  internalCompression?: number;
  /** What the tile bytes are compressed with, as given: the writer stores them as they come (default none). */
  tileCompression?: number;
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north]. */
  bounds: [number, number, number, number];
  metadata?: Record<string, unknown>;
  /** Overrides byte 7 (the spec version) to write a broken archive. */
  specVersion?: number;
}

const HEADER_BYTES = 127;

/** Unsigned LEB128 varint, as the PMTiles directory encodes every number (spec §4.3). */
function pushVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

/**
 * A directory (spec §4.3): the entry count, then per column (tile id deltas,
 * run lengths, lengths, offsets + 1 or 0 when the tile follows the previous
 * one's bytes), each as varints.
 */
function encodeDirectory(entries: readonly Entry[]): Uint8Array {
  const out: number[] = [];
  pushVarint(out, entries.length);
  let last = 0;
  for (const e of entries) {
    pushVarint(out, e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) pushVarint(out, e.runLength);
  for (const e of entries) pushVarint(out, e.length);
  entries.forEach((e, i) => {
    const previous = entries[i - 1];
    pushVarint(out, i > 0 && previous && e.offset === previous.offset + previous.length ? 0 : e.offset + 1);
  });
  return new Uint8Array(out);
}

/** Header and root directory must fit the first 16 KiB (spec §2); larger sets go into leaf directories. */
const ROOT_LIMIT_BYTES = 16_384 - 127;
const LEAF_ENTRIES = 4096;

/** The root directory, and the leaves it points to (none when every entry fits the root). */
function directories(entries: readonly Entry[], compress: (b: Uint8Array) => Uint8Array) {
  const root = compress(encodeDirectory(entries));
  if (root.length <= ROOT_LIMIT_BYTES) return { root, leaves: new Uint8Array(0) };
  const leafBytes: Uint8Array[] = [];
  const rootEntries: Entry[] = [];
  let offset = 0;
  for (let i = 0; i < entries.length; i += LEAF_ENTRIES) {
    const chunk = entries.slice(i, i + LEAF_ENTRIES);
    const leaf = compress(encodeDirectory(chunk));
    // runLength 0: the entry points at a leaf directory, not at a tile (spec §4.3).
    rootEntries.push({ tileId: (chunk[0] as Entry).tileId, offset, length: leaf.length, runLength: 0 });
    leafBytes.push(leaf);
    offset += leaf.length;
  }
  const leaves = new Uint8Array(offset);
  let at = 0;
  for (const leaf of leafBytes) {
    leaves.set(leaf, at);
    at += leaf.length;
  }
  return { root: compress(encodeDirectory(rootEntries)), leaves };
}

/**
 * A minimal PMTiles v3 archive for the tests and the benchmark (Cafetal
 * only reads PMTiles; this writes the fixtures): header, root directory (with one
 * level of leaf directories when the entries do not fit the first 16 KiB),
 * JSON metadata, then the tiles in tile-id order (clustered).
 * Numbers from the PMTiles v3 specification (github.com/protomaps/PMTiles,
 * spec/v3/spec.md); the pmtiles package reads it back in the tests.
 */
export function writePmtiles(tiles: readonly PmtilesTile[], options: PmtilesOptions): Uint8Array {
  const internal = options.internalCompression ?? PMTILES_COMPRESSION.none;
  const compress = (bytes: Uint8Array) => (internal === PMTILES_COMPRESSION.gzip ? gzipSync(bytes) : bytes);
  const sorted = tiles.map((t) => ({ ...t, tileId: zxyToTileId(t.z, t.x, t.y) })).sort((a, b) => a.tileId - b.tileId);
  const entries: Entry[] = [];
  let offset = 0;
  for (const tile of sorted) {
    entries.push({ tileId: tile.tileId, offset, length: tile.bytes.length, runLength: 1 });
    offset += tile.bytes.length;
  }
  const { root, leaves } = directories(entries, compress);
  const metadata = compress(new TextEncoder().encode(JSON.stringify(options.metadata ?? {})));
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const tileDataOffset = leavesOffset + leaves.length;
  const out = new Uint8Array(tileDataOffset + offset);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode('PMTiles'), 0);
  out[7] = options.specVersion ?? 3;
  const u64 = (at: number, value: number) => {
    view.setUint32(at, value % 2 ** 32, true);
    view.setUint32(at + 4, Math.floor(value / 2 ** 32), true);
  };
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, leavesOffset);
  u64(48, leaves.length);
  u64(56, tileDataOffset);
  u64(64, offset);
  u64(72, entries.length); // addressed tiles
  u64(80, entries.length); // tile entries
  u64(88, entries.length); // tile contents
  out[96] = 1; // clustered
  out[97] = internal;
  out[98] = options.tileCompression ?? PMTILES_COMPRESSION.none;
  out[99] = options.tileType;
  out[100] = options.minZoom;
  out[101] = options.maxZoom;
  const [west, south, east, north] = options.bounds;
  const e7 = (deg: number) => Math.round(deg * 1e7);
  view.setInt32(102, e7(west), true);
  view.setInt32(106, e7(south), true);
  view.setInt32(110, e7(east), true);
  view.setInt32(114, e7(north), true);
  out[118] = options.minZoom;
  view.setInt32(119, e7((west + east) / 2), true);
  view.setInt32(123, e7((south + north) / 2), true);
  out.set(root, rootOffset);
  out.set(metadata, metadataOffset);
  out.set(leaves, leavesOffset);
  let at = tileDataOffset;
  for (const tile of sorted) {
    out.set(tile.bytes, at);
    at += tile.bytes.length;
  }
  return out;
}
