import { createCore } from '../create-core.js';
import type { Core } from '../create-core.js';
import { inspectDemoFile } from './demo-marker.js';
import { demoTarget } from './demo-paths.js';
import { buildDemoFile } from './generate-demo.js';

/**
 * A core on the workshop demo instead of the organisation's database, for the
 * CLI's `--demo` and `cafetal demo …`: the demo path is found as the app finds
 * it (`<data folder>/demo/cafetal-demo.sqlite`), made first when missing or
 * outdated unless `ensure` is false (`cafetal demo load|reset` make it
 * themselves, through the API, and say so). The real database is never opened.
 */
export async function createDemoCore(options: {
  mainDbPath: string;
  mainDataDir: string;
  ensure: boolean;
}): Promise<Core> {
  const target = demoTarget(options.mainDataDir);
  if (options.ensure && inspectDemoFile(target.dbPath) === null) await buildDemoFile(target.dbPath);
  const core = await createCore({ dbPath: target.dbPath, dataDir: target.dataDir });
  core.context.workspace = { kind: 'demo', mainDbPath: options.mainDbPath, mainDataDir: options.mainDataDir };
  return core;
}
