/**
 * What a print route is still waiting for. Each piece (a query, a chart, a
 * map, the cover's logo, the fonts) is registered while pending and marked
 * done when drawn; the route is ready when every piece is done and nothing
 * changed for a moment (a piece finishing often mounts the next ones). The
 * first failure wins and stops the print: the printer reports it instead of
 * printing a half-empty PDF.
 */
export interface PrintReadySnapshot {
  /** Bumped on every change, so a settled state can be told from a passing one. */
  readonly version: number;
  readonly total: number;
  /** The names of the pieces still pending (on `#print-root` as `data-print-pending`, for diagnosis). */
  readonly pending: readonly string[];
  readonly error: string | null;
}

export class PrintReadyStore {
  private readonly pieces = new Map<string, { name: string; done: boolean }>();
  private readonly listeners = new Set<() => void>();
  private error: string | null = null;
  private snapshot: PrintReadySnapshot = { version: 0, total: 0, pending: [], error: null };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): PrintReadySnapshot => this.snapshot;

  /** Registers a pending piece under a unique key (its `name` is what diagnostics show). */
  begin(key: string, name: string): void {
    this.pieces.set(key, { name, done: false });
    this.changed();
  }

  /** Marks a piece done (or pending again, when its data reloads). */
  set(key: string, done: boolean): void {
    const piece = this.pieces.get(key);
    if (!piece || piece.done === done) return;
    piece.done = done;
    this.changed();
  }

  /** A piece that unmounts no longer holds the print back. */
  remove(key: string): void {
    if (this.pieces.delete(key)) this.changed();
  }

  fail(message: string): void {
    if (this.error !== null) return;
    this.error = message;
    this.changed();
  }

  private changed(): void {
    const pending = [...this.pieces.values()].filter((piece) => !piece.done).map((piece) => piece.name);
    this.snapshot = { version: this.snapshot.version + 1, total: this.pieces.size, pending, error: this.error };
    for (const listener of this.listeners) listener();
  }
}
