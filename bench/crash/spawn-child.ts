import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseLine } from './crash-protocol.js';
import type { ChildLine, ChildTask } from './crash-protocol.js';

const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
// `node --import tsx`, not the tsx CLI: the CLI runs the script in a second process, which a SIGKILL would miss.
const TSX_LOADER = fileURLToPath(new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url));

export interface TimedLine {
  line: ChildLine;
  /** When the parent read it, ms since the child was spawned. */
  atMs: number;
}

export interface ChildRun {
  lines: TimedLine[];
  /** The parent killed it (SIGKILL); false when it ended by itself. */
  killed: boolean;
  /** ms since spawn at which the kill was sent. */
  killedAtMs: number | null;
  exitCode: number | null;
  stderr: string;
}

/** Given each line as it arrives, the delay in ms after which to kill the child, or null to wait for another line. */
export type KillDecision = (line: TimedLine) => number | null;

/**
 * Runs the child on a task and kills it with SIGKILL when `decide` says so.
 * Resolves once its output is closed: every line it printed before dying
 * has been read by then (the pipe keeps what was written).
 */
export function runChild(task: ChildTask, decide: KillDecision, timeoutMs: number): Promise<ChildRun> {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, CHILD, JSON.stringify(task)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const start = performance.now();
  const lines: TimedLine[] = [];
  let pending = '';
  let stderr = '';
  let timer: NodeJS.Timeout | null = null;
  let killedAtMs: number | null = null;
  const kill = (): void => {
    if (killedAtMs !== null || child.exitCode !== null) return;
    killedAtMs = performance.now() - start;
    child.kill('SIGKILL');
  };
  const guard = setTimeout(kill, timeoutMs);
  child.stdout.on('data', (chunk: Buffer) => {
    const atMs = performance.now() - start;
    pending += chunk.toString();
    const complete = pending.split('\n');
    pending = complete.pop() ?? '';
    for (const text of complete) {
      const line = parseLine(text);
      if (!line) continue;
      const timed = { line, atMs };
      lines.push(timed);
      if (timer === null && killedAtMs === null) {
        const delay = decide(timed);
        if (delay !== null) timer = setTimeout(kill, Math.max(0, delay));
      }
    }
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      if (timer) clearTimeout(timer);
      resolve({ lines, killed: signal === 'SIGKILL', killedAtMs, exitCode: code, stderr: stderr.slice(-2000) });
    });
  });
}
