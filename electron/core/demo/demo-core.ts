import { createCore } from '../create-core.js';
import type { Core } from '../create-core.js';
import { inspectDemoFile } from './demo-marker.js';
import { demoTarget, removeSqliteFile } from './demo-paths.js';
import { buildDemoFile } from './generate-demo.js';

/**
 * A core on the workshop demo instead of the organisation's database, for the
 * CLI's `--demo` and `cafetal demo …`: the demo path is found as the app finds
 * it (`<data folder>/demo/cafetal-demo.sqlite`), made first when missing or
 * outdated. With `ensure` false (`cafetal demo load|reset`, which make it
 * through the API and say so) a missing or outdated file starts empty, so
 * that load makes it. The real database is never opened.
 */
export async function createDemoCore(options: {
  mainDbPath: string;
  mainDataDir: string;
  ensure: boolean;
}): Promise<Core> {
  const target = demoTarget(options.mainDataDir);
  if (inspectDemoFile(target.dbPath) === null) {
    // Not opened as it is: opening would migrate an older demo, which must be made again instead.
    if (options.ensure) await buildDemoFile(target.dbPath);
    else removeSqliteFile(target.dbPath);
  }
  const core = await createCore({ dbPath: target.dbPath, dataDir: target.dataDir });
  core.context.workspace = { kind: 'demo', mainDbPath: options.mainDbPath, mainDataDir: options.mainDataDir };
  return core;
}
