import type fc from 'fast-check';
import { formatArbitrary, makeCase } from './case-factory.js';
import type { CaseOutcome, FuzzCase, FuzzFormat, WorkerJob, WorkerMessage } from './fuzz-types.js';
import { buildSeeds } from './seeds.js';
import type { SeedSet } from './seeds.js';
import { FuzzWorld } from './targets/fuzz-world.js';
import { fuzzHazardLayer } from './targets/hazard-layer.js';
import { fuzzPackageImport } from './targets/package-import.js';
import { fuzzPlotImport } from './targets/plots-import.js';

/** Accepted inputs after which the world is made again (keeps the before/after hashes small). */
const RESET_AFTER_ACCEPTED = 40;

/** Which procedures read a format. */
export function targetFor(format: FuzzFormat): (world: FuzzWorld, input: FuzzCase) => Promise<CaseOutcome> {
  if (format === 'geotiff') return fuzzHazardLayer;
  if (format === 'package') return fuzzPackageImport;
  return fuzzPlotImport;
}

/** Runs one input, turning anything thrown into a failure (the core must never throw through `call`). */
export async function runOne(world: FuzzWorld, format: FuzzFormat, input: FuzzCase): Promise<CaseOutcome> {
  world.startClock();
  try {
    const outcome = await targetFor(format)(world, input);
    return { ...outcome, slowestCall: world.slowestCall };
  } catch (error) {
    return {
      verdict: 'refused',
      failure: `threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    };
  }
}

/**
 * The fuzzing loop, in whatever thread runs it: builds the seeds, then for
 * each job makes its inputs one by one (never all in memory) and runs them
 * through a real core, reporting `start` before and `end` after each.
 * Unhandled rejections are pinned on the input that was running.
 */
export async function runJobs(jobs: readonly WorkerJob[], post: (message: WorkerMessage) => void): Promise<void> {
  type Running = { format: FuzzFormat; index: number; label: string; stray: string[] };
  let current: Running | null = null;
  let last: Running | null = null;
  const onRejection = (reason: unknown): void => {
    const text = `unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`;
    (current ?? last)?.stray.push(text);
  };
  process.on('unhandledRejection', onRejection);
  let seeds: SeedSet | null = null;
  try {
    seeds = await buildSeeds();
    post({ type: 'ready' });
    for (const job of jobs) {
      let arbitrary: fc.Arbitrary<FuzzCase>;
      try {
        arbitrary = formatArbitrary(job.format, seeds, job.maxSeedBytes);
      } catch (error) {
        const label = `${job.format} (no inputs)`;
        post({ type: 'start', format: job.format, index: job.from, label });
        post({
          type: 'end',
          format: job.format,
          index: job.from,
          label,
          ms: 0,
          outcome: { verdict: 'refused', failure: String(error) },
        });
        continue;
      }
      let world = await FuzzWorld.create();
      try {
        for (let index = job.from; index < job.to; index += 1) {
          let input: FuzzCase;
          try {
            input = makeCase(arbitrary, job.seed, job.format, index);
          } catch (error) {
            // A bug of the fuzzer itself: reported, and the run goes on.
            const label = `${job.format}#${index} (not generated)`;
            post({ type: 'start', format: job.format, index, label });
            post({
              type: 'end',
              format: job.format,
              index,
              label,
              ms: 0,
              outcome: { verdict: 'refused', failure: `generator failed: ${String(error)}` },
            });
            continue;
          }
          current = { format: job.format, index, label: input.label, stray: [] };
          post({ type: 'start', format: job.format, index, label: input.label });
          const started = performance.now();
          // Busy, not asleep: the watchdog must end a thread that never yields (a loop inside SQLite).
          if (job.stallMs) while (performance.now() - started < job.stallMs);
          const outcome = await runOne(world, job.format, input);
          // Let rejections of this input's stray promises surface before its verdict.
          await new Promise((resolve) => setImmediate(resolve));
          const ms = performance.now() - started;
          const stray = current.stray.join('; ');
          const failure = [outcome.failure, stray].filter(Boolean).join('; ');
          post({
            type: 'end',
            format: job.format,
            index,
            label: input.label,
            ms,
            outcome: failure ? { ...outcome, failure } : outcome,
          });
          last = current;
          current = null;
          if (world.accepted >= RESET_AFTER_ACCEPTED) {
            world.close();
            world = await FuzzWorld.create();
          }
        }
      } finally {
        world.close();
      }
    }
  } finally {
    process.off('unhandledRejection', onRejection);
    seeds?.dispose();
  }
}
