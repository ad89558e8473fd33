import { describe, expect, it } from 'vitest';
import { procedureNames } from '../../shared/api/contract.js';
import { runProcedureFuzz } from '../../bench/fuzz/procedures/procedure-fuzz.js';

/**
 * Issue 10, "every API procedure fuzzed with inputs that violate its
 * schema": wrong types, missing keys, extra keys on strict objects, huge
 * strings, negative numbers, `__proto__`/`constructor` keys, anything at
 * all. Each input is checked to break the schema first (zod's own
 * `safeParse`), then sent through a real core.
 */
describe('API procedure fuzzing (fixed seed)', () => {
  it('every procedure answers VALIDATION to inputs that break its schema, and none reaches the store', async () => {
    const summary = await runProcedureFuzz({ perProcedure: 30, seed: 20_261 });
    const known = summary.results.filter((r) => r.procedure !== '(unknown names)');
    expect(known.map((r) => r.procedure)).toEqual(procedureNames);
    for (const result of summary.results) {
      expect.soft(result.failures, result.procedure).toEqual([]);
      expect.soft(result.tried, `${result.procedure}: inputs that break its schema`).toBeGreaterThanOrEqual(10);
    }
    expect(summary.unknownNames).toBeGreaterThan(50);
    expect(summary.databaseUnchanged).toBe(true);
    expect(summary.prototypeClean).toBe(true);
  }, 120_000);
});
