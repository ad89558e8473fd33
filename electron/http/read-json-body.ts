import type { IncomingMessage } from 'node:http';
import { ApiError } from '../../shared/api/errors.js';

/**
 * Browser mode uploads import files as base64 JSON: a 250 MB file (the
 * readers' limit) is ~334 MB of base64. Anything bigger is refused unread.
 */
export const MAX_BODY_BYTES = 350 * 1024 * 1024;

export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES)
      throw new ApiError('VALIDATION', 'Request body too large.', { maxBytes: MAX_BODY_BYTES });
    chunks.push(chunk);
  }
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new ApiError('VALIDATION', 'Request body is not valid JSON.');
  }
}
