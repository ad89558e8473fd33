import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fork } from 'node:child_process';
import { CASE_LIMIT_MS, fuzzFormats, isFuzzFormat } from './fuzz-types.js';
import type { FormatResult, FuzzFormat, FuzzProgress, WorkerJob, WorkerMessage } from './fuzz-types.js';

export type { FormatResult, FuzzFailure, FuzzProgress } from './fuzz-types.js';
export { fuzzFormats } from './fuzz-types.js';

export interface RunFuzzOptions {
  /** Inputs per format (CI: a few hundred; `npm run reliability`: 10,000 or more). */
  perFormat: number;
  /** The same seed makes the same inputs: a failure is found again by (seed, format, index). */
  seed: number;
  /** Some of `fuzzFormats`; all when absent. */
  formats?: string[];
  onProgress?: (progress: FuzzProgress) => void;
  /** Real files larger than this are not mutated: keeps a CI run short. All of them when absent. */
  maxSeedBytes?: number;
  /** Test hook for the watchdog: every input first blocks its process this long. */
  stallMs?: number;
  /** An input still running after this long is a hang: the worker is ended and the run goes on. Default 30 s. */
  hangMs?: number;
}

const bootFile = path.join(import.meta.dirname, 'fuzz-worker-boot.mjs');
/** Building the seeds (a real core exports every format; GDAL compresses GeoTIFFs) on a loaded machine. */
const SETUP_LIMIT_MS = 120_000;

interface Running {
  format: FuzzFormat;
  index: number;
  label: string;
  startedAt: number;
}

/** Where a worker stopped early (a hang or a crash): its jobs resume after that input. */
type WorkerEnd = { kind: 'done' } | { kind: 'stopped'; format: FuzzFormat; index: number };

function emptyResult(format: string): FormatResult {
  return { format, tried: 0, accepted: 0, refused: 0, failures: [], slowestMs: 0, totalMs: 0, refusals: {} };
}

/** Worker memory: a memory bomb ends the worker (recorded as a failure), not the process that runs the tests. */
const WORKER_HEAP_MB = 3072;

/**
 * Runs one fuzzing process over `jobs`, folding its reports into `results`.
 * The watchdog kills it (SIGKILL: a loop inside SQLite ignores anything
 * gentler) when an input runs past `hangMs`, or when it says nothing for that
 * long between inputs; a crash is recorded the same way.
 */
function runWorker(
  jobs: readonly WorkerJob[],
  results: Map<string, FormatResult>,
  options: RunFuzzOptions & { hangMs: number; totals: Map<string, number> },
): Promise<WorkerEnd> {
  return new Promise((resolve) => {
    const child = fork(bootFile, [JSON.stringify(jobs)], {
      execArgv: [`--max-old-space-size=${WORKER_HEAP_MB}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    let running: Running | null = null;
    let lastEnded: Running | null = null;
    let lastHeard = performance.now();
    let settled = false;
    const finish = (end: WorkerEnd): void => {
      settled = true;
      clearInterval(watchdog);
      child.kill('SIGKILL');
      resolve(end);
    };
    const stopAt = (reason: string): void => {
      if (settled) return;
      if (!running) {
        const job = jobs[0];
        const result = results.get(lastEnded?.format ?? job?.format ?? '') as FormatResult;
        result.failures.push({ input: lastEnded ? `after ${lastEnded.label}` : 'worker set-up', reason });
        // Set-up failed: nothing can run. Between two inputs: go on after the last one.
        finish(lastEnded ? { kind: 'stopped', format: lastEnded.format, index: lastEnded.index } : { kind: 'done' });
        return;
      }
      const { format, index, label, startedAt } = running;
      const result = results.get(format) as FormatResult;
      result.tried += 1;
      result.failures.push({ input: label, reason });
      result.slowestMs = Math.max(result.slowestMs, performance.now() - startedAt);
      finish({ kind: 'stopped', format, index });
    };
    const watchdog = setInterval(() => {
      const now = performance.now();
      if (running && now - running.startedAt > options.hangMs) {
        stopAt(`hang: no answer after ${options.hangMs} ms (limit ${CASE_LIMIT_MS} ms)`);
      } else if (!running && now - lastHeard > Math.max(options.hangMs, SETUP_LIMIT_MS)) {
        stopAt(`the fuzzing process went silent for ${Math.round(now - lastHeard)} ms between inputs`);
      }
    }, 250);
    child.on('message', (message: WorkerMessage) => {
      lastHeard = performance.now();
      if (message.type === 'done') {
        if (!settled) finish({ kind: 'done' });
        return;
      }
      if (message.type === 'start') {
        running = { format: message.format, index: message.index, label: message.label, startedAt: performance.now() };
        return;
      }
      if (message.type !== 'end') return;
      lastEnded = running;
      running = null;
      const result = results.get(message.format) as FormatResult;
      result.tried += 1;
      const slowest = message.outcome.slowestCall ?? { name: 'input', ms: message.ms };
      result.slowestMs = Math.max(result.slowestMs, slowest.ms);
      result.totalMs += message.ms;
      if (message.outcome.verdict === 'accepted') result.accepted += 1;
      else result.refused += 1;
      if (message.outcome.refusal) {
        result.refusals[message.outcome.refusal] = (result.refusals[message.outcome.refusal] ?? 0) + 1;
      }
      const failures = [message.outcome.failure];
      if (slowest.ms > CASE_LIMIT_MS) {
        failures.push(`slow: ${slowest.name} took ${Math.round(slowest.ms)} ms (limit ${CASE_LIMIT_MS} ms)`);
      }
      for (const reason of failures.filter((f): f is string => Boolean(f))) {
        result.failures.push({ input: message.label, reason });
      }
      options.onProgress?.({
        format: message.format,
        tried: result.tried,
        total: options.totals.get(message.format) ?? 0,
        failures: result.failures.length,
      });
    });
    child.on('error', (error) => stopAt(`fuzzing process failed: ${error.message}`));
    child.on('exit', (code, signal) => {
      if (!settled)
        stopAt(
          `fuzzing process ended (${signal ?? `code ${code}`}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`,
        );
    });
  });
}

/**
 * Fuzzes Cafetal's file readers through a real core (bench/fuzz/README.md):
 * per format, `perFormat` inputs, generated or mutated from real files. Each
 * must be accepted or refused with a foreseen error, each call in under 5 s, and a
 * refusal must leave the database (and the layers folder) exactly as before,
 * an acceptance write exactly what it reports.
 */
export async function runFuzz(options: RunFuzzOptions): Promise<FormatResult[]> {
  const requested = options.formats ?? [...fuzzFormats];
  const unknown = requested.filter((f) => !isFuzzFormat(f));
  if (unknown.length > 0)
    throw new Error(`Unknown fuzz formats: ${unknown.join(', ')} (known: ${fuzzFormats.join(', ')})`);
  const formats = requested as FuzzFormat[];
  const results = new Map<string, FormatResult>(formats.map((f) => [f, emptyResult(f)]));
  const totals = new Map<string, number>(formats.map((f) => [f, options.perFormat]));
  let jobs: WorkerJob[] = formats.map((format) => ({
    format,
    seed: options.seed,
    from: 0,
    to: options.perFormat,
    ...(options.maxSeedBytes === undefined ? {} : { maxSeedBytes: options.maxSeedBytes }),
    ...(options.stallMs === undefined ? {} : { stallMs: options.stallMs }),
  }));
  const settings = { ...options, hangMs: options.hangMs ?? 30_000, totals };
  while (jobs.length > 0) {
    const end = await runWorker(jobs, results, settings);
    if (end.kind === 'done') break;
    // Resume after the input that hung or crashed the worker.
    const at = jobs.findIndex((job) => job.format === end.format);
    jobs = jobs
      .slice(at)
      .map((job, i) => (i === 0 ? { ...job, from: end.index + 1 } : job))
      .filter((job) => job.from < job.to);
  }
  return formats.map((f) => results.get(f) as FormatResult);
}

/** The table `npx tsx bench/fuzz/fuzz-formats.ts` and `npm run reliability` print. */
export function formatTable(results: readonly FormatResult[]): string {
  const pad = (text: string | number, width: number): string => String(text).padEnd(width);
  const lines = [
    `${pad('format', 11)}${pad('inputs', 9)}${pad('accepted', 10)}${pad('refused', 9)}${pad('failures', 10)}${pad('slowest', 10)}time`,
  ];
  for (const r of results) {
    lines.push(
      `${pad(r.format, 11)}${pad(r.tried, 9)}${pad(r.accepted, 10)}${pad(r.refused, 9)}${pad(r.failures.length, 10)}${pad(`${Math.round(r.slowestMs)} ms`, 10)}${(r.totalMs / 1000).toFixed(1)} s`,
    );
  }
  for (const r of results) {
    const top = Object.entries(r.refusals)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([key, n]) => `${key} ${n}`);
    if (top.length > 0) lines.push(`  ${r.format} refusals: ${top.join(', ')}`);
  }
  for (const r of results)
    for (const f of r.failures.slice(0, 20)) lines.push(`  ✗ ${f.input}\n    ${f.reason.split('\n')[0]}`);
  return lines.join('\n');
}

// `npx tsx bench/fuzz/fuzz-formats.ts [perFormat] [seed] [formats,comma,separated]`
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const perFormat = Number(process.argv[2] ?? 10_000);
  const seed = Number(process.argv[3] ?? 20_261);
  const formats = process.argv[4]?.split(',');
  const started = performance.now();
  let lastPrinted = 0;
  const results = await runFuzz({
    perFormat,
    seed,
    formats,
    onProgress: (p) => {
      if (p.tried === p.total || performance.now() - lastPrinted > 10_000) {
        lastPrinted = performance.now();
        const elapsed = ((performance.now() - started) / 1000).toFixed(0);
        process.stderr.write(`${p.format}: ${p.tried}/${p.total}, ${p.failures} failures (${elapsed} s)\n`);
      }
    },
  });
  console.log(formatTable(results));
  console.log(`seed ${seed}, ${((performance.now() - started) / 1000).toFixed(0)} s in all`);
  process.exitCode = results.some((r) => r.failures.length > 0) ? 1 : 0;
}
