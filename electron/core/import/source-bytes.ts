import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { ApiError } from '../../../shared/api/errors.js';
import type { importSourceSchema } from '../../../shared/api/imports.js';
import { MAX_SOURCE_BYTES } from './source-types.js';

export type FileSource = z.output<typeof importSourceSchema>;

/**
 * A file's bytes, by path (desktop, CLI) or as sent (browser mode). Imports and
 * hazard layers read their files through here.
 */
export function readSourceBytes(source: FileSource): { fileName: string; bytes: Uint8Array } {
  if ('path' in source) {
    let size: number;
    try {
      size = fs.statSync(source.path).size;
    } catch {
      throw new ApiError('NOT_FOUND', `No file at ${source.path}.`, { entity: 'file', path: source.path });
    }
    // Refuse before reading: a 2 GB file must not fill the memory first.
    if (size > MAX_SOURCE_BYTES)
      throw new ApiError('FILE_UNREADABLE', 'The file is too large.', {
        reason: 'TOO_LARGE',
        sizeBytes: size,
        maxBytes: MAX_SOURCE_BYTES,
      });
    return { fileName: path.basename(source.path), bytes: fs.readFileSync(source.path) };
  }
  return { fileName: source.fileName, bytes: Buffer.from(source.dataBase64, 'base64') };
}
