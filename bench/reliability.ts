import { runCrashTrials } from './crash/crash-trials.js';
import { runFuzz } from './fuzz/fuzz-formats.js';

/**
 * `npm run reliability`: the long versions of the data-safety checks that CI
 * runs in small fixed-seed sets — children killed with SIGKILL mid-import and
 * mid-plan (50 each), and at least 10,000 generated or mutated inputs per
 * file format — then one table: crashes survived, inputs tried per format,
 * failures (expected 0). Exits 1 when anything failed.
 *
 * `RELIABILITY_TRIALS`, `RELIABILITY_INPUTS` and `RELIABILITY_SEED` change
 * the sizes and the seed (the same seed gives the same inputs and kills).
 */
const trials = Number(process.env.RELIABILITY_TRIALS ?? 50);
const perFormat = Number(process.env.RELIABILITY_INPUTS ?? 10_000);
const seed = Number(process.env.RELIABILITY_SEED ?? 20_261_128);

const started = performance.now();
const seconds = (): string => `${((performance.now() - started) / 1000).toFixed(0)} s`;

console.error(`Crash trials: ${trials} per kind (seed ${seed})…`);
const crashes = await runCrashTrials({
  trials,
  seed,
  onProgress: (report) => {
    if (report.trial % 10 === 0 || report.problems.length > 0) {
      console.error(`  ${report.kind} ${report.trial}/${report.trials} (${report.landing}) ${seconds()}`);
    }
  },
});

console.error(`Fuzzing: ${perFormat} inputs per format (seed ${seed})…`);
let lastLine = 0;
const formats = await runFuzz({
  perFormat,
  seed,
  onProgress: (progress) => {
    if (performance.now() - lastLine > 15_000 || progress.tried === progress.total) {
      lastLine = performance.now();
      console.error(
        `  ${progress.format} ${progress.tried}/${progress.total}, failures ${progress.failures} ${seconds()}`,
      );
    }
  },
});

const rows: [string, string, string, string][] = [['check', 'runs', 'passed', 'failures']];
for (const c of crashes) {
  const inSave = c.landings.inSave;
  rows.push([
    `SIGKILL during ${c.kind} (${inSave} mid-save)`,
    String(c.trials),
    String(c.survived),
    String(c.failures.length),
  ]);
}
for (const f of formats) {
  rows.push([
    `fuzz ${f.format} (slowest ${Math.round(f.slowestMs)} ms)`,
    String(f.tried),
    String(f.tried - f.failures.length),
    String(f.failures.length),
  ]);
}
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
for (const row of rows)
  console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));

const failures = [
  ...crashes.flatMap((c) => c.failures),
  ...formats.flatMap((f) => f.failures.map((x) => `${x.input}: ${x.reason}`)),
];
console.log(`\n${failures.length} failures in ${seconds()}`);
for (const failure of failures.slice(0, 30)) console.log(`  ✗ ${failure.split('\n')[0]}`);
process.exit(failures.length === 0 ? 0 : 1);
