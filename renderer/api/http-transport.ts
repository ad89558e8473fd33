import type { ApiResult, ProgressEvent } from '../../shared/api/errors.js';
import { ndjsonValues } from './ndjson.js';
import { failure, isApiResult, unreachable } from './transport.js';
import type { Transport } from './transport.js';

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function isProgressLine(line: unknown): line is { type: 'progress'; event: ProgressEvent } {
  return typeof line === 'object' && line !== null && 'type' in line && line.type === 'progress' && 'event' in line;
}

function isResultLine(line: unknown): line is { type: 'result'; result: unknown } {
  return typeof line === 'object' && line !== null && 'type' in line && line.type === 'result' && 'result' in line;
}

/** A job's NDJSON answer: progress lines, then exactly one result line. */
async function readJobStream(
  body: ReadableStream<Uint8Array>,
  onProgress: ((event: ProgressEvent) => void) | undefined,
): Promise<ApiResult<unknown>> {
  for await (const line of ndjsonValues(body)) {
    if (isProgressLine(line)) onProgress?.(line.event);
    else if (isResultLine(line)) {
      return isApiResult(line.result)
        ? line.result
        : failure('INTERNAL', 'The job answered without a result envelope.');
    }
  }
  return failure('INTERNAL', 'The job stream ended without a result.');
}

/**
 * Browser mode: `POST /api/<procedure>` on the page's own origin. Queries and
 * mutations answer with the JSON envelope (also on 4xx/5xx); jobs stream NDJSON.
 * The content type, not the procedure kind, decides how to read the answer, so
 * a job refused before it starts (plain JSON) is still understood.
 */
export function httpTransport(apiBase = '/api/'): Transport {
  return async ({ name, input, callId, onProgress }) => {
    let response: Response;
    try {
      response = await fetch(`${apiBase}${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ input, callId }),
      });
    } catch (error) {
      return unreachable(`Cannot reach the Cafetal server: ${describe(error)}`);
    }
    const contentType = response.headers.get('content-type') ?? '';
    try {
      if (contentType.startsWith('application/x-ndjson') && response.body) {
        return await readJobStream(response.body, onProgress);
      }
      const body: unknown = await response.json();
      if (isApiResult(body)) return body;
    } catch (error) {
      // Not JSON at all (an HTML 404 from a static server): whatever answered is not the Cafetal core.
      return unreachable(`Unreadable answer from ${name} (HTTP ${response.status}): ${describe(error)}`);
    }
    return unreachable(`Unexpected answer from ${name} (HTTP ${response.status}).`);
  };
}
