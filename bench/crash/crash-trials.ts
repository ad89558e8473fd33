import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seededRandom } from '../../electron/core/synthetic/random.js';
import type { ChildTask, CrashKind } from './crash-protocol.js';
import { calibrate, setUpDatabase, targetOp } from './crash-setup.js';
import type { Calibration } from './crash-setup.js';
import { checkImport, importCounts } from './import-checks.js';
import type { ImportCounts } from './import-checks.js';
import { checkPlans, emptyLedger, recordLines } from './plan-checks.js';
import type { InFlight, PlanLedger } from './plan-checks.js';
import { runChild } from './spawn-child.js';
import type { ChildRun, KillDecision } from './spawn-child.js';
import { openCopy, removeCopy, structuralProblems } from './survivor-checks.js';
import { writeSyntheticPlots } from './synthetic-plots.js';
import { readWalTail } from './wal-tail.js';

/**
 * Where a kill landed, judged afterwards from the child's lines and the database:
 * `inSave` — after a save began and before it committed (for the import: inside its
 * write transaction); `afterCommit` — the save had committed but not yet returned;
 * `betweenSaves` — outside any save (reading the file, planning, starting up);
 * `finished` — the child ended before the kill was due.
 */
export type KillLanding = 'inSave' | 'afterCommit' | 'betweenSaves' | 'finished';

export interface TrialReport {
  kind: CrashKind;
  trial: number;
  trials: number;
  landing: KillLanding;
  /** The save in flight at the kill (`import-write`, `addAction`, `newVersion`…), if any. */
  op: string | null;
  /** The WAL ended in frames of a transaction that never committed. */
  walCutOff: boolean;
  problems: string[];
}

export interface CrashTrialOptions {
  trials: number;
  seed: number;
  kinds?: CrashKind[];
  /** Plots in each generated import file (default 3,000). */
  plotsPerImport?: number;
  /** Actions per plan before it is copied as a new version (default 40), and plans per child (default 3). */
  actionsPerPlan?: number;
  plansPerChild?: number;
  onProgress?: (report: TrialReport) => void;
}

export interface CrashTrialSummary {
  kind: CrashKind;
  trials: number;
  /** Trials after which the database opened and passed every check. */
  survived: number;
  failures: string[];
  landings: Record<KillLanding, number>;
  /** Kills inside a save, by the save (for plans: create, addAction, addProgress, updateAction, update, newVersion). */
  inSaveByOp: Record<string, number>;
  /** Trials whose WAL held frames of a transaction cut off half-way (SQLite must ignore them). */
  walCutOff: number;
  /** The timings kill moments were drawn from, as adjusted by the last trials, and what one import adds. */
  calibration: Calibration;
}

/** Share of kills aimed at the target save's window; the rest fall anywhere after the child opened the database. */
const WINDOW_SHARE = 0.7;
/** A child that has not ended this long after its expected time is killed and the trial reported. */
const HANG_FACTOR = 6;

/**
 * Kills children doing real saves at seeded random moments and checks the
 * database each kill leaves: it opens with `openStore`, passes
 * `integrity_check` and `foreign_key_check`, and holds each save whole or
 * not at all (import-checks.ts, plan-checks.ts). Each kind works on one
 * database through all its trials: every child starts from the file the
 * previous kill left, and recovers it itself.
 */
export async function runCrashTrials(options: CrashTrialOptions): Promise<CrashTrialSummary[]> {
  const summaries: CrashTrialSummary[] = [];
  const kinds = options.kinds ?? ['import', 'plan'];
  for (const [index, kind] of kinds.entries()) {
    summaries.push(await runKind(kind, options, seededRandom(options.seed * 31 + index)));
  }
  return summaries;
}

async function runKind(kind: CrashKind, options: CrashTrialOptions, random: () => number): Promise<CrashTrialSummary> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cafetal-crash-${kind}-`));
  try {
    const dbPath = path.join(dir, 'cafetal.sqlite');
    const copyPath = path.join(dir, 'after-kill.sqlite');
    const plotsPerImport = options.plotsPerImport ?? 3000;
    const plans = options.plansPerChild ?? 3;
    const task: ChildTask = {
      kind,
      ...(await setUpDatabase(dbPath, dir)),
      actionsPerPlan: options.actionsPerPlan ?? 40,
      plans,
    };
    const calibration = await calibrate(task, plotsPerImport, options.seed);
    const summary: CrashTrialSummary = {
      kind,
      trials: 0,
      survived: 0,
      failures: [],
      landings: { inSave: 0, afterCommit: 0, betweenSaves: 0, finished: 0 },
      inSaveByOp: {},
      walCutOff: 0,
      calibration,
    };
    const ledger = emptyLedger();
    let counts = countsOf(dbPath, copyPath);
    for (let trial = 1; trial <= options.trials; trial += 1) {
      const file = path.join(dir, `plots-${trial}.geojson`);
      if (kind === 'import') writeSyntheticPlots(file, plotsPerImport, trial, options.seed);
      const decide = killDecision(kind, calibration, random, plans);
      const run = await runChild({ ...task, file }, decide, HANG_FACTOR * calibration.totalMs + 30_000);
      fs.rmSync(file, { force: true });
      learnTimes(calibration, run, targetOp(kind));
      const walCutOff = readWalTail(`${dbPath}-wal`).uncommittedFrames > 0;
      const judged = judge(kind, run, { dbPath, copyPath, file, counts, ledger, calibration });
      counts = judged.counts ?? counts;
      const report: TrialReport = { kind, trial, trials: options.trials, walCutOff, ...judged.report };
      summary.trials += 1;
      summary.landings[report.landing] += 1;
      if (report.landing === 'inSave' && report.op) {
        summary.inSaveByOp[report.op] = (summary.inSaveByOp[report.op] ?? 0) + 1;
      }
      if (walCutOff) summary.walCutOff += 1;
      if (report.problems.length === 0) summary.survived += 1;
      else summary.failures.push(`${kind} trial ${trial}: ${report.problems.join('; ')}`);
      options.onProgress?.(report);
      // A database that failed a check would fail every later trial for the same reason: stop here.
      if (report.problems.length > 0) break;
    }
    return summary;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** When to kill: in the target save's window (the import's write, a plan's copy), or anywhere after start. */
function killDecision(kind: CrashKind, calibration: Calibration, random: () => number, plans: number): KillDecision {
  const aimed = random() < WINDOW_SHARE;
  const fraction = random();
  const occurrence = 1 + Math.floor(random() * plans);
  const op = targetOp(kind);
  let seen = 0;
  return ({ line }) => {
    if (!aimed) return line.type === 'ready' ? fraction * calibration.totalMs : null;
    if (line.type !== 'begin' || line.op !== op) return null;
    seen += 1;
    if (seen !== (kind === 'import' ? 1 : occurrence)) return null;
    // 1.2 × the window: most land inside, some just after the commit (still a crash to survive).
    return fraction * calibration.windowMs * 1.2;
  };
}

interface JudgeState {
  dbPath: string;
  copyPath: string;
  file: string;
  counts: ImportCounts;
  ledger: PlanLedger;
  calibration: Calibration;
}

function judge(
  kind: CrashKind,
  run: ChildRun,
  state: JudgeState,
): { report: Pick<TrialReport, 'landing' | 'op' | 'problems'>; counts?: ImportCounts } {
  const problems: string[] = [];
  const failed = run.lines.find((timed) => timed.line.type === 'error');
  if (!run.killed && (run.exitCode !== 0 || failed)) {
    const text = failed?.line.type === 'error' ? failed.line.text : run.stderr;
    problems.push(`the child failed without being killed: ${text}`);
  }
  let db;
  try {
    db = openCopy(state.dbPath, state.copyPath);
  } catch (error) {
    return {
      report: { landing: 'betweenSaves', op: null, problems: [...problems, `does not open: ${String(error)}`] },
    };
  }
  try {
    problems.push(...structuralProblems(db));
    const lines = run.lines.map((timed) => timed.line);
    if (kind === 'import') {
      const begun = lines.some((line) => line.type === 'begin');
      const acknowledged = lines.some((line) => line.type === 'end');
      const checked = checkImport(db, {
        before: state.counts,
        fileName: path.basename(state.file),
        plotsPerFile: state.calibration.plotsPerFile,
        producersPerFile: state.calibration.producersPerFile,
        acknowledged,
      });
      problems.push(...checked.problems);
      const inFlight = begun && !acknowledged;
      return {
        report: {
          landing: landingOf(run, inFlight, checked.present),
          op: inFlight ? 'import-write' : null,
          problems,
        },
        counts: importCounts(db),
      };
    }
    const inFlight: InFlight = recordLines(state.ledger, lines);
    const checked = checkPlans(db, state.ledger, inFlight);
    problems.push(...checked.problems);
    return {
      report: { landing: landingOf(run, inFlight !== null, checked.committed), op: inFlight?.op ?? null, problems },
    };
  } finally {
    db.close();
    removeCopy(state.copyPath);
  }
}

function landingOf(run: ChildRun, inFlight: boolean, committed: boolean): KillLanding {
  if (!run.killed) return 'finished';
  if (!inFlight) return 'betweenSaves';
  return committed ? 'afterCommit' : 'inSave';
}

/**
 * Children slow down and speed up with the machine's load (and the database
 * grows through the trials): each run that got through a window or to its
 * end moves the estimates halfway to what it took.
 */
function learnTimes(calibration: Calibration, run: ChildRun, op: string): void {
  const at = (match: (line: ChildRun['lines'][number]['line']) => boolean) =>
    run.lines.find((t) => match(t.line))?.atMs;
  const begin = at((line) => line.type === 'begin' && line.op === op);
  const end = at((line) => line.type === 'end' && line.op === op);
  const ready = at((line) => line.type === 'ready');
  const done = at((line) => line.type === 'done');
  if (begin !== undefined && end !== undefined) calibration.windowMs = (calibration.windowMs + end - begin) / 2;
  if (ready !== undefined && done !== undefined) calibration.totalMs = (calibration.totalMs + done - ready) / 2;
}

function countsOf(dbPath: string, copyPath: string): ImportCounts {
  const db = openCopy(dbPath, copyPath);
  try {
    return importCounts(db);
  } finally {
    db.close();
    removeCopy(copyPath);
  }
}
