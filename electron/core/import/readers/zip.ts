import { unzipSync } from 'fflate';
import { MAX_SOURCE_BYTES } from '../source-types.js';
import { describeError, isUnreadable, unreadable } from './unreadable.js';

/** NOTE: a zip inflating to more than this is refused as TOO_LARGE (a "zip bomb" would exhaust memory). */
const MAX_UNZIPPED_BYTES = 4 * MAX_SOURCE_BYTES;

const isZipStart = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && bytes[3] === bytes[2] + 1;

/** macOS adds __MACOSX/ and "._name" resource forks when zipping; they look like .shp/.kml but are not. */
const isMacJunk = (path: string): boolean => path.startsWith('__MACOSX/') || /(^|\/)\._/.test(path);

/** Lower-case extension without the dot ("shp" for "Parcelas/LOTES.SHP"), '' when none. */
export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** File paths in the zip (folders and macOS junk left out), without inflating anything. */
export function zipPaths(bytes: Uint8Array): string[] {
  const paths: string[] = [];
  unzipOrThrow(bytes, (path) => {
    paths.push(path);
    return false;
  });
  return paths;
}

/** The files whose path `wanted` accepts, inflated, keyed by path. */
export function unzipFiles(bytes: Uint8Array, wanted: (path: string) => boolean): Map<string, Uint8Array> {
  let totalBytes = 0;
  const files = unzipOrThrow(bytes, (path, originalSize) => {
    if (!wanted(path)) return false;
    totalBytes += originalSize;
    if (totalBytes > MAX_UNZIPPED_BYTES) {
      throw unreadable('TOO_LARGE', 'The zip inflates to more than Cafetal can read.', {
        maxBytes: MAX_UNZIPPED_BYTES,
      });
    }
    return true;
  });
  return new Map(Object.entries(files));
}

function unzipOrThrow(
  bytes: Uint8Array,
  filter: (path: string, originalSize: number) => boolean,
): Record<string, Uint8Array> {
  if (!isZipStart(bytes)) throw unreadable('NOT_A_ZIP', 'The file is not a zip archive.');
  try {
    return unzipSync(bytes, {
      filter: (file) => !file.name.endsWith('/') && !isMacJunk(file.name) && filter(file.name, file.originalSize),
    });
  } catch (error) {
    if (isUnreadable(error)) throw error;
    // It starts like a zip but its directory or data is broken: usually a download cut short.
    throw unreadable('TRUNCATED_ZIP', 'The zip archive is damaged or incomplete.', { detail: describeError(error) });
  }
}
