import fs from 'node:fs';
import path from 'node:path';
import { createCore } from '../../electron/core/create-core.js';
import type { Core } from '../../electron/core/create-core.js';
import { openStore } from '../../electron/core/store/open-store.js';
import type { ChildTask, CrashKind } from './crash-protocol.js';
import { importCounts } from './import-checks.js';
import type { ImportCounts } from './import-checks.js';
import { runChild } from './spawn-child.js';
import type { TimedLine } from './spawn-child.js';
import { writeSyntheticPlots } from './synthetic-plots.js';

async function value<T>(core: Core, name: string, input: unknown): Promise<T> {
  const result = await core.call(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** An organisation in Cajamarca, one family and the farm measures its plans use: what every trial starts from. */
export async function setUpDatabase(dbPath: string, dataDir: string): Promise<Omit<ChildTask, 'kind'>> {
  const core = await createCore({ dbPath, dataDir });
  try {
    const org = await value<{ id: string }>(core, 'organisations.create', {
      name: 'Cooperativa de prueba',
      type: 'cooperativa',
      region: 'Cajamarca',
    });
    const family = await value<{ id: string }>(core, 'producers.create', {
      organisationId: org.id,
      memberCode: 'F-1',
      names: 'Familia de prueba',
    });
    const measures = await value<{ id: string; scope: string }[]>(core, 'measures.list', { organisationId: org.id });
    return {
      dbPath,
      dataDir,
      organisationId: org.id,
      producerId: family.id,
      measureIds: measures
        .filter((m) => m.scope === 'farm')
        .slice(0, 6)
        .map((m) => m.id),
    };
  } finally {
    core.close();
  }
}

export interface Calibration {
  /** From `ready` to the end of the task, ms. */
  totalMs: number;
  /** The first save the window kills aim at (the import's write, a plan's new version), ms. */
  windowMs: number;
  /** What one whole import adds. */
  plotsPerFile: number;
  producersPerFile: number;
}

/**
 * Runs the task once to its end in a child, as the trials will, on a copy of
 * the set-up database: how long it and its target save take in a freshly
 * started process (kill times are drawn from these) and what a whole import
 * adds (the all-or-nothing check compares with it).
 */
export async function calibrate(task: ChildTask, plotsPerImport: number, seed: number): Promise<Calibration> {
  const dir = path.join(path.dirname(task.dbPath), 'calibration');
  fs.mkdirSync(dir, { recursive: true });
  const dbPath = path.join(dir, 'cafetal.sqlite');
  fs.copyFileSync(task.dbPath, dbPath);
  const file = path.join(dir, 'plots-calibration.geojson');
  if (task.kind === 'import') writeSyntheticPlots(file, plotsPerImport, 0, seed);
  try {
    const before = countsIn(dbPath);
    const run = await runChild({ ...task, dbPath, dataDir: dir, file }, () => null, 600_000);
    const failed = run.lines.find((timed) => timed.line.type === 'error');
    if (run.exitCode !== 0 || failed)
      throw new Error(`the calibration run failed: ${JSON.stringify(failed?.line) ?? run.stderr}`);
    const at = (found: TimedLine | undefined): number => found?.atMs ?? 0;
    const op = targetOp(task.kind);
    const ready = at(run.lines.find((t) => t.line.type === 'ready'));
    const done = at(run.lines.find((t) => t.line.type === 'done'));
    const begin = at(run.lines.find((t) => t.line.type === 'begin' && t.line.op === op));
    const end = at(run.lines.find((t) => t.line.type === 'end' && t.line.op === op));
    const after = countsIn(dbPath);
    return {
      totalMs: done - ready,
      windowMs: end - begin,
      plotsPerFile: after.plots - before.plots,
      producersPerFile: after.producers - before.producers,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function countsIn(dbPath: string): ImportCounts {
  const db = openStore(dbPath);
  try {
    return importCounts(db);
  } finally {
    db.close();
  }
}

/** The save a window kill aims at. */
export function targetOp(kind: CrashKind): string {
  switch (kind) {
    case 'import':
      return 'import-write';
    case 'plan':
      return 'newVersion';
    default:
      throw new Error(`unknown kind ${String(kind satisfies never)}`);
  }
}
