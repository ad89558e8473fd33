import { MAX_SOURCE_BYTES } from '../../../shared/import/file-rules.js';

/**
 * What the file picker offers. The core detects the format from the content,
 * so a dropped file with another extension is still tried.
 */
export const acceptedExtensions = ['.geojson', '.json', '.kml', '.kmz', '.gpx', '.zip', '.csv', '.gpkg'] as const;

/** Checked here BEFORE reading, so a 2 GB file never fills the page's memory. */
export const MAX_IMPORT_BYTES = MAX_SOURCE_BYTES;

export const maxImportMb = MAX_IMPORT_BYTES / (1024 * 1024);

/** 3 × 8,192 bytes: a multiple of 3, so each chunk encodes to base64 without padding and the pieces join. */
const CHUNK_BYTES = 3 * 8192;
/** Give the page a chance to paint (and the spinner to turn) every few megabytes of a large file. */
const YIELD_EVERY_CHUNKS = 128;

/**
 * The file's bytes as base64, for `imports.open` in browser mode. Encoded in
 * small chunks: one `String.fromCharCode(...bytes)` over megabytes overflows
 * the call stack.
 */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const parts: string[] = [];
  for (let start = 0, chunk = 0; start < bytes.length; start += CHUNK_BYTES, chunk += 1) {
    parts.push(btoa(String.fromCharCode(...bytes.subarray(start, start + CHUNK_BYTES))));
    // NOTE: not a wait for anything; it lets React render between slices of a 250 MB file.
    if (chunk % YIELD_EVERY_CHUNKS === YIELD_EVERY_CHUNKS - 1) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return parts.join('');
}
