import type { InputOf, OutputOf } from '../../../shared/api/contract.js';
import type { CoreContext } from '../api/core-context.js';
import type { JobContext } from '../api/job-context.js';
import { knownCrs } from '../geo/crs.js';
import type { ResolvedCrs } from '../geo/crs.js';
import { rememberedMapping, suggestMapping } from './import-mapping.js';
import { planImport } from './plan-import.js';
import type { ImportOptions } from './plan-import.js';
import { readSource } from './readers/read-source.js';
import { findSourceCrs } from './resolve-import-crs.js';
import { readSourceBytes } from './source-bytes.js';
import { writeImport } from './write-import.js';

type OpenInput = InputOf<'imports.open'>;

const crsSummary = (crs: ResolvedCrs) => ({ code: crs.code, name: crs.name, transformation: crs.transformation });

export async function openImport(
  ctx: CoreContext,
  input: OpenInput,
  job: JobContext,
): Promise<OutputOf<'imports.open'>> {
  job.progress(0, null, 'read');
  // Let the "reading" progress reach the caller before the (synchronous) parse holds the thread.
  await new Promise((resolve) => setImmediate(resolve));
  const { fileName, bytes } = readSourceBytes(input.source);
  const source = readSource(fileName, bytes, { csv: input.csv });
  job.throwIfCancelled();
  const session = ctx.imports.open(fileName, source);
  const finding = findSourceCrs(source);
  return {
    importId: session.id,
    fileName,
    format: source.format,
    featureCount: source.features.length,
    layers: [...new Set(source.features.map((f) => f.layer).filter((l): l is string => typeof l === 'string'))],
    columns: source.columns,
    sampleRows: source.features.slice(0, 20).map((f) => f.properties),
    warnings: source.warnings,
    crs: {
      detected: finding.detected ? { code: finding.detected.code ?? 0, name: finding.detected.name } : null,
      transformation: finding.detected?.transformation ?? null,
      needsChoice: finding.needsChoice,
      suggestedCode: finding.suggestedCode,
    },
    crsChoices: knownCrs.map(({ code, name }) => ({ code, name })),
    mapping: {
      suggested: suggestMapping(source.columns),
      remembered: input.organisationId ? rememberedMapping(ctx.db, input.organisationId, source.columns) : null,
    },
  };
}

export async function previewImport(
  ctx: CoreContext,
  options: ImportOptions & { importId: string },
  job: JobContext,
): Promise<OutputOf<'imports.preview'>> {
  const plan = await planImport(ctx.db, ctx.imports.get(options.importId), options, job);
  return {
    crs: crsSummary(plan.crs),
    counts: plan.counts,
    verdicts: plan.verdicts,
    producersToCreate: plan.producersToCreate.map(({ memberCode, names, dni }) => ({ memberCode, names, dni })),
    preview: plan.preview,
  };
}

/** Plans again (never trusting an earlier preview), then writes in one transaction. */
export async function commitImport(
  ctx: CoreContext,
  options: ImportOptions & { importId: string },
  job: JobContext,
): Promise<OutputOf<'imports.commit'>> {
  const session = ctx.imports.get(options.importId);
  const plan = await planImport(ctx.db, session, options, job, { neighbours: false });
  job.throwIfCancelled();
  job.progress(plan.plots.length, plan.plots.length, 'write');
  const outcome = writeImport(ctx.db, session, options, plan);
  const counts = { ...plan.counts };
  counts.imported = outcome.verdicts.filter((v) => v.verdict === 'imported').length;
  counts.warnings = outcome.verdicts.filter((v) => v.verdict === 'warnings').length;
  return {
    runId: outcome.runId,
    counts,
    verdicts: outcome.verdicts,
    producersCreated: outcome.producersCreated,
    crs: crsSummary(plan.crs),
  };
}
