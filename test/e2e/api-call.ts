import type { APIRequestContext } from '@playwright/test';
import type { InputOf, OutputOf, ProcedureName } from '../../shared/api/contract.js';
import { expect } from './fixtures.js';

/**
 * Calls a procedure over browser mode's HTTP API and unwraps the envelope,
 * typed by the contract: for test set-up through the same API the app uses.
 * Jobs answer NDJSON (progress lines, then the result); queries and
 * mutations one JSON envelope.
 */
export async function call<P extends ProcedureName>(
  request: APIRequestContext,
  url: string,
  name: P,
  input: InputOf<P>,
): Promise<OutputOf<P>> {
  const response = await request.post(`${url}api/${name}`, { data: { input } });
  const lines = (await response.text())
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { type?: string; result?: unknown });
  const envelope = (lines.find((line) => line.type === 'result')?.result ?? lines[0]) as {
    ok: boolean;
    value?: unknown;
    error?: unknown;
  };
  expect(envelope.ok, `${name}: ${JSON.stringify(envelope.error)}`).toBe(true);
  return envelope.value as OutputOf<P>;
}
