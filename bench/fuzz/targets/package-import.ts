import type { ApiResult } from '../../../shared/api/errors.js';
import type { PackageReport } from '../../../shared/api/exchange.js';
import { exchangedTableNames } from '../../../shared/api/exchange.js';
import type { CaseOutcome, FuzzCase } from '../fuzz-types.js';
import { databaseDigest, folderListing, rowCounts } from '../db-digest.js';
import { firstProblem, judgeRefusal, mismatch } from './check.js';
import type { FuzzWorld } from './fuzz-world.js';

/**
 * A `.cafetal` package: `exchange.inspect` writes nothing; `exchange.import`
 * refuses with everything as before, or applies in whole: each table gained
 * exactly the rows the report calls new, and it did what the preview said.
 */
export async function fuzzPackageImport(world: FuzzWorld, input: FuzzCase): Promise<CaseOutcome> {
  const before = databaseDigest(world.db);
  const filesBefore = folderListing(world.layersDir);
  const source = { fileName: input.fileName, dataBase64: Buffer.from(input.bytes).toString('base64') };
  const unchanged = (step: string): string | null =>
    firstProblem(
      databaseDigest(world.db) !== before ? `${step}: the database changed` : null,
      folderListing(world.layersDir) !== filesBefore ? `${step}: files were written to the layers folder` : null,
    );
  const inspected = (await world.call('exchange.inspect', { source })) as ApiResult<PackageReport>;
  const inspectProblem = firstProblem(
    inspected.ok ? null : judgeRefusal(inspected.error).problem,
    unchanged('exchange.inspect'),
  );
  if (inspectProblem)
    return { verdict: inspected.ok ? 'accepted' : 'refused', failure: `exchange.inspect: ${inspectProblem}` };

  const counts = rowCounts(world.db, exchangedTableNames);
  const imported = (await world.call('exchange.import', { source })) as ApiResult<PackageReport>;
  if (!imported.ok) {
    const { key, problem } = judgeRefusal(imported.error);
    const failure = firstProblem(
      problem && `exchange.import: ${problem}`,
      unchanged(`exchange.import refused (${key})`),
      inspected.ok ? `exchange.inspect accepted the package but exchange.import refused it (${key})` : null,
    );
    return failure ? { verdict: 'refused', refusal: key, failure } : { verdict: 'refused', refusal: key };
  }
  world.accepted += 1;
  const after = rowCounts(world.db, exchangedTableNames);
  const report = imported.value;
  const failure = firstProblem(
    inspected.ok
      ? null
      : `exchange.inspect refused the package (${judgeRefusal(inspected.error).key}) but exchange.import applied it`,
    ...report.tables.map((t) => mismatch(`new ${t.table} rows`, t.new, (after[t.table] ?? 0) - (counts[t.table] ?? 0))),
    inspected.ok && JSON.stringify(inspected.value.tables) !== JSON.stringify(report.tables)
      ? 'exchange.import did something other than exchange.inspect announced'
      : null,
    report.applied ? null : 'exchange.import answered applied: false',
  );
  return failure ? { verdict: 'accepted', failure } : { verdict: 'accepted' };
}
