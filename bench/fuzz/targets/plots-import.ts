import type { ApiResult } from '../../../shared/api/errors.js';
import type { OutputOf } from '../../../shared/api/contract.js';
import type { CaseOutcome, FuzzCase } from '../fuzz-types.js';
import { databaseDigest, rowCounts } from '../db-digest.js';
import { firstProblem, judgeRefusal, mismatch } from './check.js';
import type { FuzzWorld } from './fuzz-world.js';

const written = ['plots', 'producers', 'import_runs', 'plots_rtree'] as const;

/** A refusal, checked: foreseen, and the database exactly as before. */
function refused(world: FuzzWorld, before: string, result: ApiResult<unknown>, step: string): CaseOutcome {
  if (result.ok) throw new Error('not a refusal');
  const { key, problem } = judgeRefusal(result.error);
  const changed = databaseDigest(world.db) !== before ? `${step} was refused (${key}) but the database changed` : null;
  const failure = firstProblem(problem && `${step}: ${problem}`, changed);
  return failure ? { verdict: 'refused', refusal: key, failure } : { verdict: 'refused', refusal: key };
}

/**
 * The plots import as the wizard runs it: open, preview, commit. Open and
 * preview write nothing; a refused commit leaves every table as it was; an
 * accepted one wrote exactly the plots, producers and run it reported.
 */
export async function fuzzPlotImport(world: FuzzWorld, input: FuzzCase): Promise<CaseOutcome> {
  const { organisationId } = world;
  const before = databaseDigest(world.db);
  const source = { fileName: input.fileName, dataBase64: Buffer.from(input.bytes).toString('base64') };
  const opened = (await world.call('imports.open', { source, organisationId })) as ApiResult<OutputOf<'imports.open'>>;
  if (!opened.ok) return refused(world, before, opened, 'imports.open');
  const open = opened.value;
  try {
    if (databaseDigest(world.db) !== before)
      return { verdict: 'accepted', failure: 'imports.open changed the database' };
    const mapping = open.mapping.suggested;
    const options = {
      importId: open.importId,
      organisationId,
      crsCode: open.crs.needsChoice ? open.crs.suggestedCode : null,
      mapping,
      // Files without producer columns go to one producer, as a GPS walk of one farm does: more plots get written.
      defaultProducerId: mapping.producerName || mapping.producerCode ? null : world.producerId,
    };
    const previewed = (await world.call('imports.preview', options)) as ApiResult<OutputOf<'imports.preview'>>;
    if (!previewed.ok) return refused(world, before, previewed, 'imports.preview');
    const problemAfterPreview = firstProblem(
      databaseDigest(world.db) !== before ? 'imports.preview changed the database' : null,
      mismatch('preview verdicts vs features opened', open.featureCount, previewed.value.verdicts.length),
    );
    if (problemAfterPreview) return { verdict: 'accepted', failure: problemAfterPreview };
    const counts = rowCounts(world.db, written);
    const committed = (await world.call('imports.commit', options)) as ApiResult<OutputOf<'imports.commit'>>;
    if (!committed.ok) return refused(world, before, committed, 'imports.commit');
    const after = rowCounts(world.db, written);
    const done = committed.value;
    const plots = done.counts.imported + done.counts.warnings;
    const failure = firstProblem(
      mismatch('plots', plots, (after.plots ?? 0) - (counts.plots ?? 0)),
      mismatch('spatial index boxes', plots, (after.plots_rtree ?? 0) - (counts.plots_rtree ?? 0)),
      mismatch('producers', done.producersCreated, (after.producers ?? 0) - (counts.producers ?? 0)),
      mismatch('import runs', 1, (after.import_runs ?? 0) - (counts.import_runs ?? 0)),
      mismatch('commit verdicts vs features opened', open.featureCount, done.verdicts.length),
    );
    world.accepted += 1;
    return failure ? { verdict: 'accepted', failure } : { verdict: 'accepted' };
  } finally {
    await world.call('imports.close', { importId: open.importId });
  }
}
