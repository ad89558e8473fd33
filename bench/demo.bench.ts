import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../electron/core/create-core.js';
import type { Core } from '../electron/core/create-core.js';
import { openWorkspaceStore } from '../electron/core/workspace/workspace.js';
import type { BenchResult } from './run.js';

/** "Load demo" and "Reset demo" must take seconds in a workshop: the reference is that target. */
const TARGET_MS = 5000;

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function call(core: Core, name: 'demo.load' | 'demo.reset' | 'demo.leave'): Promise<number> {
  const start = performance.now();
  const result = await core.call(name, {});
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return performance.now() - start;
}

/**
 * The workshop demo: first load (generates the database: families, plots,
 * derived layers, risk analysis, incomes, plans), a load of the existing file,
 * reset (generates again and swaps) and leave, on a fresh core each round.
 */
export async function run(): Promise<BenchResult[]> {
  const first: number[] = [];
  const cached: number[] = [];
  const reset: number[] = [];
  const leave: number[] = [];
  const bareOpen: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-bench-demo-'));
    const core = await createCore({ dbPath: path.join(dir, 'cafetal.sqlite'), dataDir: dir });
    first.push(await call(core, 'demo.load'));
    leave.push(await call(core, 'demo.leave'));
    cached.push(await call(core, 'demo.load'));
    reset.push(await call(core, 'demo.reset'));
    await call(core, 'demo.leave');
    core.close();
    const start = performance.now();
    openWorkspaceStore(path.join(dir, 'demo', 'cafetal-demo.sqlite')).close();
    bareOpen.push(performance.now() - start);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const result = (name: string, ours: number, reference: number, referenceLabel: string): BenchResult => ({
    name,
    unit: 'ms',
    ours,
    reference,
    referenceLabel,
    ratio: ours / reference,
  });
  const firstMs = median(first);
  const cachedMs = median(cached);
  const resetMs = median(reset);
  const leaveMs = median(leave);
  const openMs = median(bareOpen);
  console.log(
    `demo: first load ${firstMs.toFixed(0)} ms, cached load ${cachedMs.toFixed(1)} ms, reset ${resetMs.toFixed(0)} ms, leave ${leaveMs.toFixed(1)} ms (medians of 3)`,
  );
  return [
    result('demo: first load (generate + open)', firstMs, TARGET_MS, 'workshop target'),
    result('demo: load existing demo', cachedMs, openMs, 'open the file alone'),
    result('demo: reset (generate + swap)', resetMs, TARGET_MS, 'workshop target'),
    result('demo: leave (reopen real data)', leaveMs, openMs, 'open a file alone'),
  ];
}
