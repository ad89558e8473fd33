import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { contract, isProcedureName } from '../../shared/api/contract.js';
import { ApiError } from '../../shared/api/errors.js';
import type { ApiResult } from '../../shared/api/errors.js';
import type { Core } from '../core/create-core.js';
import { readJsonBody } from './read-json-body.js';

const envelopeSchema = z.object({
  input: z.unknown().optional(),
  callId: z.string().min(1).max(100).optional(),
});

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function statusFor(result: ApiResult<unknown>): number {
  if (result.ok) return 200;
  switch (result.error.code) {
    case 'VALIDATION':
      return 400;
    case 'NOT_FOUND':
    case 'UNKNOWN_PROCEDURE':
      return 404;
    case 'CONFLICT':
      return 409;
    case 'FORBIDDEN':
      return 403;
    default:
      return 500;
  }
}

/**
 * `POST /api/<procedure>` with `{ input, callId? }`. Queries and mutations
 * answer with the JSON result envelope. Jobs answer with NDJSON: progress
 * lines, then one result line; the client closing the connection cancels the
 * job, as does `jobs.cancel` with the same callId.
 */
export async function handleApiRequest(
  core: Core,
  name: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    sendJson(res, 405, { ok: false, error: { code: 'VALIDATION', message: 'Use POST.' } });
    return;
  }
  // A JSON content type forces a CORS preflight on cross-site requests, which we never answer.
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    sendJson(res, 415, { ok: false, error: { code: 'VALIDATION', message: 'Send application/json.' } });
    return;
  }
  let envelope: z.infer<typeof envelopeSchema>;
  try {
    envelope = envelopeSchema.parse(await readJsonBody(req));
  } catch (error) {
    const apiError =
      error instanceof ApiError ? error : new ApiError('VALIDATION', 'Expected { "input": …, "callId"?: string }.');
    sendJson(res, 400, { ok: false, error: apiError.toPayload() });
    return;
  }

  if (!isProcedureName(name) || contract[name].kind !== 'job') {
    const result = await core.call(name, envelope.input, { callId: envelope.callId });
    sendJson(res, statusFor(result), result);
    return;
  }

  const disconnected = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) disconnected.abort();
  });
  res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' });
  const result = await core.call(name, envelope.input, {
    callId: envelope.callId,
    signal: disconnected.signal,
    onProgress: (event) => res.write(`${JSON.stringify({ type: 'progress', event })}\n`),
  });
  res.end(`${JSON.stringify({ type: 'result', result })}\n`);
}
