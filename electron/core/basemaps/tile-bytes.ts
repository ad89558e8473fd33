import type { TileFormat } from '../../../shared/domain/basemap.js';

/** gzip's magic number (RFC 1952 §2.3.1): vector tiles in MBTiles are usually stored gzipped. */
export const isGzip = (bytes: Uint8Array): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  prefix.every((byte, i) => bytes[at + i] === byte);

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const RIFF = [0x52, 0x49, 0x46, 0x46];
const WEBP = [0x57, 0x45, 0x42, 0x50];

/**
 * The format a tile's bytes are in, by their signature: PNG, JPEG (FF D8 FF),
 * WebP (RIFF….WEBP); gzip or anything else is taken for a vector tile (MVT
 * has no signature; `mvtLayerNames` checks it really is one). Null for no bytes.
 */
export function sniffTileFormat(bytes: Uint8Array): TileFormat | null {
  if (bytes.length === 0) return null;
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return 'webp';
  return 'pbf';
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** PNG: width and height are the first two fields of IHDR, right after the signature and chunk header (PNG spec §11.2.2). */
function pngSize(bytes: Uint8Array): [number, number] | null {
  if (bytes.length < 24) return null;
  return [view(bytes).getUint32(16), view(bytes).getUint32(20)];
}

/** JPEG: the size sits in the first start-of-frame marker (SOF0–SOF15 but DHT C4, JPG C8, DAC CC), ITU T.81 §B.2.2. */
function jpegSize(bytes: Uint8Array): [number, number] | null {
  const v = view(bytes);
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] as number;
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    const length = v.getUint16(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return [v.getUint16(at + 7), v.getUint16(at + 5)];
    }
    at += 2 + length;
  }
  return null;
}

/** WebP: lossy (VP8 ), lossless (VP8L) or extended (VP8X) headers (Google, "WebP Container Specification"). */
function webpSize(bytes: Uint8Array): [number, number] | null {
  if (bytes.length < 30) return null;
  const v = view(bytes);
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunk === 'VP8 ') return [v.getUint16(26, true) & 0x3fff, v.getUint16(28, true) & 0x3fff];
  if (chunk === 'VP8L') {
    const bits = v.getUint32(21, true);
    return [(bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1];
  }
  if (chunk === 'VP8X') {
    const w = (bytes[24] as number) | ((bytes[25] as number) << 8) | ((bytes[26] as number) << 16);
    const h = (bytes[27] as number) | ((bytes[28] as number) << 8) | ((bytes[29] as number) << 16);
    return [w + 1, h + 1];
  }
  return null;
}

/** A raster tile's width in pixels from its header; null when it cannot be told. */
export function imageTileWidth(bytes: Uint8Array, format: TileFormat): number | null {
  switch (format) {
    case 'png':
      return pngSize(bytes)?.[0] ?? null;
    case 'jpg':
      return jpegSize(bytes)?.[0] ?? null;
    case 'webp':
      return webpSize(bytes)?.[0] ?? null;
    case 'pbf':
      return null;
    default: {
      const unexpected: never = format;
      throw new Error(`Unknown tile format ${String(unexpected)}`);
    }
  }
}

/** MapLibre tiles are 256 or 512 px a side; anything else is drawn as 256 (it stretches). */
export const tileSizeOf = (width: number | null): number => (width === 512 ? 512 : 256);

export const contentTypeOf = (format: TileFormat): string =>
  format === 'png'
    ? 'image/png'
    : format === 'jpg'
      ? 'image/jpeg'
      : format === 'webp'
        ? 'image/webp'
        : 'application/x-protobuf';
