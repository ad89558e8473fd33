import path from 'node:path';
import type { ProcedureName } from '../../shared/api/contract.js';
import type { OutputOf } from '../../shared/api/contract.js';
import { createCore } from '../../electron/core/create-core.js';
import type { Core } from '../../electron/core/create-core.js';
import { tempDir } from './temp-dir.js';

/** A real core on a real SQLite file in a fresh temp folder. */
export async function tempCore(): Promise<Core & { dir: string; dbPath: string }> {
  const dir = tempDir();
  const dbPath = path.join(dir, 'cafetal.sqlite');
  const core = await createCore({ dbPath, dataDir: dir });
  return Object.assign(core, { dir, dbPath });
}

/** Calls a procedure and returns its value, failing the test on `ok: false`. */
export async function ok<P extends ProcedureName>(core: Core, name: P, input: unknown): Promise<OutputOf<P>> {
  const result = await core.call(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value as OutputOf<P>;
}
