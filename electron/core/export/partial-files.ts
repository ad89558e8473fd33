import fs from 'node:fs';

/**
 * Files an export is writing: each goes to `<path>.partial` and is renamed to
 * its final name only when the whole export succeeded, so a failed or
 * cancelled export never leaves a half-written file that looks complete.
 */
export class PartialFiles {
  private readonly finals: string[] = [];

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

  /** Renames every partial to its final name; returns the files with their sizes. */
  commit(): { path: string; sizeBytes: number }[] {
    const files = this.finals.map((finalPath) => {
      fs.renameSync(`${finalPath}.partial`, finalPath);
      return { path: finalPath, sizeBytes: fs.statSync(finalPath).size };
    });
    this.finals.length = 0;
    return files;
  }

  /** Removes every partial (and a GeoPackage's SQLite side files). */
  discard(): void {
    for (const finalPath of this.finals.splice(0)) {
      for (const suffix of ['.partial', '.partial-journal', '.partial-wal', '.partial-shm']) {
        fs.rmSync(`${finalPath}${suffix}`, { force: true });
      }
    }
  }
}
