import type { Store } from '../../electron/core/store/open-store.js';

export interface ImportCounts {
  plots: number;
  producers: number;
  runs: number;
}

export interface ImportExpectation {
  before: ImportCounts;
  /** The trial's file name (unique per trial): its `import_runs` row says the import committed. */
  fileName: string;
  /** What the whole import adds (an uninterrupted calibration run of the same generator says how much). */
  plotsPerFile: number;
  producersPerFile: number;
  /** The child printed that the commit returned: the import must be there. */
  acknowledged: boolean;
}

const count = (db: Store, sql: string, ...params: unknown[]): number =>
  (db.prepare(sql).get(...params) as { n: number }).n;

export function importCounts(db: Store): ImportCounts {
  return {
    plots: count(db, 'SELECT count(*) AS n FROM plots'),
    producers: count(db, 'SELECT count(*) AS n FROM producers'),
    runs: count(db, 'SELECT count(*) AS n FROM import_runs'),
  };
}

/**
 * All or nothing: after the kill the database holds exactly the plots and
 * producers it had, with no run logged for the file, or exactly those plus
 * the whole file, with its run logged. Nothing in between, and nothing lost
 * that the child had been told was saved.
 */
export function checkImport(db: Store, expected: ImportExpectation): { problems: string[]; present: boolean } {
  const now = importCounts(db);
  const run = count(db, 'SELECT count(*) AS n FROM import_runs WHERE file_name = ?', expected.fileName);
  const { before } = expected;
  const absent = now.plots === before.plots && now.producers === before.producers && run === 0;
  const present =
    now.plots === before.plots + expected.plotsPerFile &&
    now.producers === before.producers + expected.producersPerFile &&
    run === 1 &&
    now.runs === before.runs + 1;
  const problems: string[] = [];
  if (!absent && !present) {
    problems.push(
      `partial import: plots ${before.plots} → ${now.plots} (file ${expected.plotsPerFile}), producers ${before.producers} → ${now.producers} (file ${expected.producersPerFile}), runs of the file ${run}`,
    );
  }
  if (expected.acknowledged && !present) problems.push('the import was reported saved but is not in the database');
  return { problems, present };
}
