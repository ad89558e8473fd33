import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatArbitrary, makeCase } from './case-factory.js';
import { runOne } from './fuzz-loop.js';
import { isFuzzFormat } from './fuzz-types.js';
import type { CaseOutcome, FuzzCase, FuzzFormat } from './fuzz-types.js';
import { buildSeeds } from './seeds.js';
import type { SeedSet } from './seeds.js';
import { FuzzWorld } from './targets/fuzz-world.js';

let seeds: Promise<SeedSet> | null = null;

/** The seed files, built once per process (a real core exports them). */
export function sharedSeeds(): Promise<SeedSet> {
  seeds ??= buildSeeds();
  return seeds;
}

/** Input `index` of a format's sequence for `seed`: the same file `runFuzz` tried. */
export async function fuzzCase(
  format: FuzzFormat,
  seed: number,
  index: number,
  maxSeedBytes?: number,
): Promise<FuzzCase> {
  return makeCase(formatArbitrary(format, await sharedSeeds(), maxSeedBytes), seed, format, index);
}

/**
 * Runs one input in this thread against a fresh world: how a failure found by
 * `runFuzz` is looked at, and how regression tests keep it fixed.
 */
export async function replayInput(format: FuzzFormat, input: FuzzCase): Promise<{ outcome: CaseOutcome; ms: number }> {
  const world = await FuzzWorld.create();
  try {
    const started = performance.now();
    const outcome = await runOne(world, format, input);
    return { outcome, ms: performance.now() - started };
  } finally {
    world.close();
  }
}

// `npx tsx bench/fuzz/fuzz-replay.ts <format> <seed> <index> [--save file]`
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [format = '', seed = '0', index = '0'] = process.argv.slice(2);
  if (!isFuzzFormat(format)) throw new Error(`Unknown format ${format}`);
  const input = await fuzzCase(format, Number(seed), Number(index));
  console.log(input.label, `${input.bytes.length} bytes`);
  const save = process.argv.indexOf('--save');
  if (save > 0) (await import('node:fs')).writeFileSync(process.argv[save + 1] as string, input.bytes);
  console.log(await replayInput(format, input));
  (await sharedSeeds()).dispose();
}
