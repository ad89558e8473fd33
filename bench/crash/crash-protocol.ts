/**
 * What the crash-trial parent tells its child (one JSON argument) and the
 * lines the child prints on stdout as it goes. Writes to a pipe are
 * synchronous on Linux and macOS (Node's process I/O notes), so a line
 * printed before a transaction starts has reached the pipe before the
 * first byte of that transaction is written, and survives a SIGKILL.
 */
export type CrashKind = 'import' | 'plan';

export interface ChildTask {
  kind: CrashKind;
  dbPath: string;
  dataDir: string;
  organisationId: string;
  /** import: the GeoJSON file to import. */
  file?: string;
  /** plan: the family whose farm plans are saved, and the measures its actions use. */
  producerId?: string;
  measureIds?: string[];
  /** plan: actions per plan before the plan is copied as a new version. */
  actionsPerPlan?: number;
  /** plan: how many plans to save (each: create, actions, progress, edits, new version). */
  plans?: number;
}

/**
 * `B <step> <op> <target>` before a save call (target: the plan or action it
 * changes), `E <step> <op> <id>` after it returned (id: what it saved). The
 * import's write transaction is `B 0 import-write` (the commit reports its
 * progress stage `write` right before `writeImport` runs synchronously).
 */
export type ChildLine =
  | { type: 'ready' }
  | { type: 'begin'; step: number; op: string; target: string }
  | { type: 'end'; step: number; op: string; id: string }
  | { type: 'done' }
  | { type: 'error'; text: string };

export const lineText = {
  ready: (): string => 'ready',
  begin: (step: number, op: string, target = '-'): string => `B ${step} ${op} ${target}`,
  end: (step: number, op: string, id: string): string => `E ${step} ${op} ${id}`,
  done: (): string => 'done',
  error: (text: string): string => `error ${text.replace(/\s+/g, ' ')}`,
};

export function parseLine(line: string): ChildLine | null {
  const [word, ...rest] = line.trim().split(' ');
  if (word === 'ready') return { type: 'ready' };
  if (word === 'done') return { type: 'done' };
  if (word === 'error') return { type: 'error', text: rest.join(' ') };
  if ((word === 'B' || word === 'E') && rest.length >= 2) {
    const step = Number(rest[0]);
    const op = rest[1] ?? '';
    const third = rest[2] ?? '';
    return word === 'B' ? { type: 'begin', step, op, target: third } : { type: 'end', step, op, id: third };
  }
  return null;
}
