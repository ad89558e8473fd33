import fs from 'node:fs';
import type { DemoStatus, DemoSwitch } from '../../../shared/api/demo.js';
import type { CoreContext } from '../api/core-context.js';
import type { JobContext } from '../api/job-context.js';
import { assertIdle, openWorkspaceStore, installStore, swapWorkspace } from '../workspace/workspace.js';
import type { WorkspaceTarget } from '../workspace/workspace.js';
import { readLaptopBasemaps, writeLaptopBasemaps } from '../basemaps/laptop-basemaps.js';
import { describeDemo, inspectDemoFile } from './demo-marker.js';
import type { DemoFileInfo } from './demo-marker.js';
import { demoTarget, demoTempPath, removeSqliteFile, removeSqliteSidecars } from './demo-paths.js';
import { generateDemoDatabase } from './generate-demo.js';

const mainTarget = (ctx: CoreContext): WorkspaceTarget => ({
  kind: 'main',
  dbPath: ctx.workspace.mainDbPath,
  dataDir: ctx.workspace.mainDataDir,
});

const demoOf = (ctx: CoreContext): WorkspaceTarget => demoTarget(ctx.workspace.mainDataDir);

/** The open demo describes itself from its own connection; a closed one is read without changing it. */
function currentDemo(ctx: CoreContext): DemoFileInfo | null {
  return ctx.workspace.kind === 'demo' ? describeDemo(ctx.db) : inspectDemoFile(demoOf(ctx).dbPath);
}

export function demoStatus(ctx: CoreContext): DemoStatus {
  const info = currentDemo(ctx);
  return {
    active: ctx.workspace.kind === 'demo',
    exists: info !== null,
    dbPath: demoOf(ctx).dbPath,
    generatedAt: info?.marker.generatedAt ?? null,
    organisationId: info?.marker.organisationId ?? null,
    organisationName: info?.organisationName ?? null,
    counts: info?.counts ?? null,
  };
}

/**
 * Puts a freshly generated file in the demo's place and opens it. When the
 * demo is open, its connection is closed first (its name is about to be
 * reused); a stale WAL from a crash is deleted so SQLite cannot replay it into
 * the new file. If the new file cannot be opened, the organisation's own
 * database is reopened rather than leaving the app with none.
 */
function installGenerated(ctx: CoreContext, generatedPath: string): void {
  const target = demoOf(ctx);
  assertIdle(ctx);
  const basemaps = readLaptopBasemaps(ctx.db);
  if (ctx.workspace.kind === 'demo') ctx.db.close();
  removeSqliteSidecars(target.dbPath);
  fs.renameSync(generatedPath, target.dbPath);
  try {
    swapWorkspace(ctx, target);
    writeLaptopBasemaps(ctx.db, basemaps);
  } catch (error) {
    if (!ctx.db.open) installStore(ctx, openWorkspaceStore(ctx.workspace.mainDbPath), mainTarget(ctx));
    throw error;
  }
}

/** Generates a new demo into a temporary file beside the demo's, then installs it. */
async function regenerate(ctx: CoreContext, job: JobContext): Promise<void> {
  const target = demoOf(ctx);
  fs.mkdirSync(target.dataDir, { recursive: true });
  const partial = demoTempPath(target);
  try {
    await generateDemoDatabase(partial, target.dataDir, job);
    job.throwIfCancelled();
    installGenerated(ctx, partial);
  } finally {
    // Gone after a successful rename; removed here after a failure or a cancel.
    removeSqliteFile(partial);
  }
}

function switched(ctx: CoreContext, generated: boolean, started: number): DemoSwitch {
  return { ...demoStatus(ctx), generated, durationMs: Math.round(performance.now() - started) };
}

/**
 * "Cargar demo": opens the demo database, generating it first when it is
 * missing or was made by an older Cafetal. Already open: nothing to do. The
 * organisation's own database is only closed, never written.
 */
export async function loadDemo(ctx: CoreContext, job: JobContext): Promise<DemoSwitch> {
  const started = performance.now();
  assertIdle(ctx);
  const usable = currentDemo(ctx) !== null;
  if (ctx.workspace.kind === 'demo' && usable) return switched(ctx, false, started);
  if (usable) {
    const basemaps = readLaptopBasemaps(ctx.db);
    swapWorkspace(ctx, demoOf(ctx));
    writeLaptopBasemaps(ctx.db, basemaps);
    return switched(ctx, false, started);
  }
  await regenerate(ctx, job);
  return switched(ctx, true, started);
}

/** "Restablecer demo": a new demo from the fixed seed replaces the old one (whatever was changed in it), and opens. */
export async function resetDemo(ctx: CoreContext, job: JobContext): Promise<DemoSwitch> {
  const started = performance.now();
  assertIdle(ctx);
  await regenerate(ctx, job);
  return switched(ctx, true, started);
}

/** "Volver a mis datos": the organisation's own database again. */
export function leaveDemo(ctx: CoreContext): DemoStatus {
  if (ctx.workspace.kind === 'demo') {
    assertIdle(ctx);
    swapWorkspace(ctx, mainTarget(ctx));
  }
  return demoStatus(ctx);
}
