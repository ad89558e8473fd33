import { describe, expect, it } from 'vitest';
import { fuzzFormats, runFuzz } from '../../bench/fuzz/fuzz-formats.js';

/**
 * The CI share of the importer fuzzing (issue 10): a fixed seed, so a
 * failure is the same input on every machine and `npx tsx
 * bench/fuzz/fuzz-replay.ts <format> <seed> <index>` replays it. `npm run
 * reliability` runs the same harness with 10,000 inputs per format.
 */
const SEED = 20_261;
const PER_FORMAT = 200;

describe('importer fuzzing (fixed seed)', () => {
  it(`every format: ${PER_FORMAT} generated or mutated files each accepted whole or refused with nothing written`, async () => {
    const results = await runFuzz({ perFormat: PER_FORMAT, seed: SEED, maxSeedBytes: 64 * 1024 });
    expect(results.map((r) => r.format)).toEqual([...fuzzFormats]);
    for (const result of results) {
      expect.soft(result.failures, result.format).toEqual([]);
      expect.soft(result.tried, result.format).toBe(PER_FORMAT);
      // Both paths are exercised: some inputs get through to the database, most are refused.
      expect.soft(result.accepted, `${result.format} accepted`).toBeGreaterThan(0);
      expect.soft(result.refused, `${result.format} refused`).toBeGreaterThan(0);
      expect.soft(result.slowestMs, `${result.format} slowest call (ms)`).toBeLessThan(5_000);
    }
  }, 240_000);
});
