import type { ProcedureName } from '../../shared/api/contract.js';
import type { OutputOf } from '../../shared/api/contract.js';
import { ApiError } from '../../shared/api/errors.js';
import type { Core } from '../core/create-core.js';
import type { CliLanguage } from './messages.js';

/** What every command gets: the core, the parsed flags and where to write. */
export interface CliContext {
  readonly core: Core;
  readonly json: boolean;
  readonly lang: CliLanguage;
  readonly flags: Readonly<Record<string, string | boolean | string[] | undefined>>;
  readonly args: readonly string[];
  out(line: string): void;
  err(line: string): void;
  /** Asks on the terminal; absent in non-interactive use (see CliIo.ask). */
  readonly ask?: ((question: string) => Promise<string>) | undefined;
}

/** Calls a procedure through the same dispatcher as the transports; throws ApiError on failure. */
export async function callOrThrow<P extends ProcedureName>(
  core: Core,
  name: P,
  input: unknown,
  onProgress?: (done: number, total: number | null) => void,
): Promise<OutputOf<P>> {
  const result = await core.call(name, input, {
    onProgress: onProgress ? (event) => onProgress(event.done, event.total) : undefined,
  });
  if (!result.ok) throw ApiError.fromPayload(result.error);
  return result.value as OutputOf<P>;
}
