import fs from 'node:fs';

/** Text written to a file in pieces, so a 100,000-plot KML never has to be one string. */
export class TextSink {
  private pending: string[] = [];
  private pendingChars = 0;
  private fd: number | null;

  constructor(filePath: string) {
    this.fd = fs.openSync(filePath, 'w');
  }

  write(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.fd === null || this.pending.length === 0) return;
    fs.writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.pendingChars = 0;
  }

  /** Writes what is left and closes the file; safe to call twice. */
  close(options: { discard?: boolean } = {}): void {
    if (this.fd === null) return;
    if (!options.discard) this.flush();
    fs.closeSync(this.fd);
    this.fd = null;
  }
}

/**
 * Files an export is writing: each goes to `<path>.partial` and is renamed to
 * its final name only when the whole export succeeded, so a failed or
 * cancelled export never leaves a half-written file that looks complete, and
 * an earlier export under the same name stays as it was.
 */
export class PartialFiles {
  private readonly finals: string[] = [];
  private readonly sinks: TextSink[] = [];

  /** The partial path to write `finalPath` to; any stale partial is removed first. */
  reserve(finalPath: string): string {
    const partial = `${finalPath}.partial`;
    fs.rmSync(partial, { force: true });
    this.finals.push(finalPath);
    return partial;
  }

  write(finalPath: string, data: string | Uint8Array): void {
    fs.writeFileSync(this.reserve(finalPath), data);
  }

  /** A text file written piece by piece; the writer closes it when done. */
  openText(finalPath: string): TextSink {
    const sink = new TextSink(this.reserve(finalPath));
    this.sinks.push(sink);
    return sink;
  }

  /** Renames every partial to its final name; returns the files with their sizes. */
  commit(): { path: string; sizeBytes: number }[] {
    for (const sink of this.sinks.splice(0)) sink.close();
    const files = this.finals.map((finalPath) => {
      fs.renameSync(`${finalPath}.partial`, finalPath);
      return { path: finalPath, sizeBytes: fs.statSync(finalPath).size };
    });
    this.finals.length = 0;
    return files;
  }

  /** Removes every partial (and a GeoPackage's SQLite side files). */
  discard(): void {
    // NOTE: Windows cannot delete a file that is still open: close first.
    for (const sink of this.sinks.splice(0)) sink.close({ discard: true });
    for (const finalPath of this.finals.splice(0)) {
      for (const suffix of ['.partial', '.partial-journal', '.partial-wal', '.partial-shm']) {
        fs.rmSync(`${finalPath}${suffix}`, { force: true });
      }
    }
  }
}
