import { describe, expect, it } from 'vitest';
import { runFuzz } from '../../bench/fuzz/fuzz-formats.js';

/**
 * The fuzzer's own promise: an input that never answers (a loop that never
 * yields, as a recursive SQLite view was) is reported as a hang, its process
 * killed, and the run goes on with the next input instead of hanging CI.
 */
describe('fuzz watchdog', () => {
  it('kills a process stuck in an input, records the hang and resumes after it', async () => {
    const [csv] = await runFuzz({ perFormat: 2, seed: 1, formats: ['csv'], stallMs: 60_000, hangMs: 1_000 });
    expect(csv?.tried).toBe(2);
    expect(csv?.failures.map((f) => f.input)).toEqual([
      expect.stringMatching(/^csv#0 /),
      expect.stringMatching(/^csv#1 /),
    ]);
    expect(csv?.failures.every((f) => f.reason.startsWith('hang: no answer after 1000 ms'))).toBe(true);
  }, 120_000);
});
