/**
 * Dots and the values they set: the arithmetic of merging one field
 * (docs/exchange.md). A dot `"<deviceId>:<counter>"` names one change; an
 * entry's `context` is what its laptop knew when it wrote.
 */
export interface Candidate {
  dot: string;
  value: unknown;
  changedAt: string;
}

export function parseDot(dot: string): { device: string; counter: number } {
  const at = dot.lastIndexOf(':');
  return { device: dot.slice(0, at), counter: Number(dot.slice(at + 1)) };
}

export const dotOf = (device: string, counter: number): string => `${device}:${counter}`;

/** Whether a change made with this knowledge (by `device`, as its `counter`-th change) had seen `dot`. */
export function supersedes(
  writer: { device: string; counter: number; context: Record<string, number> },
  dot: string,
): boolean {
  const seen = parseDot(dot);
  return seen.device === writer.device
    ? seen.counter < writer.counter
    : (writer.context[seen.device] ?? 0) >= seen.counter;
}

/**
 * The value every laptop shows while candidates are concurrent: the latest
 * change, ties broken by dot, so the same candidates give the same winner in
 * any order of arrival. Nothing is lost: the others stay listed as a conflict.
 */
export function winner(candidates: readonly Candidate[]): Candidate {
  return candidates.reduce((best, c) =>
    c.changedAt > best.changedAt || (c.changedAt === best.changedAt && c.dot > best.dot) ? c : best,
  );
}

/** SQLite hands REAL 2.0 back as 2 and JSON keeps it so: plain equality is enough for stored values. */
export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'bigint' && Number(a) === b) || (typeof b === 'bigint' && Number(b) === a);
}

/**
 * Concurrent candidates that hold different values: what the review screen
 * lists (equal ones agree). Two laptops that both deleted a row agree, even
 * though each stamped its own time.
 */
export function disagree(candidates: readonly Candidate[], field: string): boolean {
  const meaning = (value: unknown): unknown => (field === 'deleted_at' ? value === null : value);
  return candidates.some((c) => !sameValue(meaning(c.value), meaning(candidates[0]?.value)));
}
