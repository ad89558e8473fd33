import { runJobs } from './fuzz-loop.js';
import type { WorkerJob, WorkerMessage } from './fuzz-types.js';

/**
 * The fuzzing process (forked by fuzz-formats.ts): runs the jobs it is given
 * on argv and reports every input over IPC, so that the watchdog can kill it
 * when an input hangs, even inside native code (SQLite) a thread could not
 * be stopped in.
 */
if (!process.send) throw new Error('fuzz-worker.ts runs as a forked process (see fuzz-formats.ts)');
// The watchdog went away (its test was stopped): nobody is listening, stop too.
process.on('disconnect', () => process.exit(1));
const send = (message: WorkerMessage): void => {
  process.send?.(message);
};
await runJobs(JSON.parse(process.argv[2] ?? '[]') as WorkerJob[], send);
send({ type: 'done' });
process.removeAllListeners('disconnect');
process.disconnect();
