/**
 * The process a crash trial kills: opens a real core on the trial's database
 * and saves (crash-tasks.ts), printing a line before and after each save
 * (crash-protocol.ts), until it is killed or has nothing left to do.
 * Run as `node --import tsx bench/crash/crash-child.ts '<ChildTask JSON>'`.
 */
import { createCore } from '../../electron/core/create-core.js';
import { lineText } from './crash-protocol.js';
import type { ChildTask } from './crash-protocol.js';
import { runTask } from './crash-tasks.js';

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

async function main(): Promise<void> {
  const task = JSON.parse(process.argv[2] ?? '{}') as ChildTask;
  const core = await createCore({ dbPath: task.dbPath, dataDir: task.dataDir });
  say(lineText.ready());
  try {
    await runTask(core, task, say);
  } finally {
    core.close();
  }
  say(lineText.done());
}

main().catch((error: unknown) => {
  say(lineText.error(error instanceof Error ? error.message : String(error)));
  process.exit(1);
});
