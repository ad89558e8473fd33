import { describe, expect, it } from 'vitest';
import { runCrashTrials } from '../../bench/crash/crash-trials.js';
import type { TrialReport } from '../../bench/crash/crash-trials.js';

/**
 * The short version of `npm run reliability`'s crash test (bench/crash): a
 * child importing 2,000 plots, and one saving farm plans, each killed with
 * SIGKILL three times. Seed 95 aims all six kills at the save's window (the
 * import's write transaction, a plan's copy); the long run mixes in kills at
 * any moment.
 */
describe('killed mid-save (SIGKILL)', () => {
  it('the database opens, passes integrity_check and holds every save whole or not at all', async () => {
    const reports: TrialReport[] = [];
    const summaries = await runCrashTrials({
      trials: 3,
      seed: 95,
      plotsPerImport: 2000,
      onProgress: (report) => reports.push(report),
    });
    expect(summaries.map(({ kind, trials, survived, failures }) => ({ kind, trials, survived, failures }))).toEqual([
      { kind: 'import', trials: 3, survived: 3, failures: [] },
      { kind: 'plan', trials: 3, survived: 3, failures: [] },
    ]);
    const imports = summaries[0];
    // A whole import of the generated file adds its 2,000 plots and 1,000 families (two plots each).
    expect(imports?.calibration).toMatchObject({ plotsPerFile: 2000, producersPerFile: 1000 });
    // The import's write takes hundreds of milliseconds: aimed kills land inside it, and the file comes out without it.
    expect(imports?.landings.inSave).toBeGreaterThanOrEqual(1);
    expect(reports).toHaveLength(6);
  }, 180_000);
});
