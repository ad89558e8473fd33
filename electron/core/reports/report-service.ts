import fs from 'node:fs';
import path from 'node:path';
import type { OutputOf, ParsedInputOf } from '../../../shared/api/contract.js';
import { ApiError } from '../../../shared/api/errors.js';
import { reportRoute } from '../../../shared/api/reports.js';
import type { ReportTarget } from '../../../shared/api/reports.js';
import type { Locale } from '../../../shared/domain/settings.js';
import type { CoreContext } from '../api/core-context.js';
import type { JobContext } from '../api/job-context.js';
import { getOrganisation } from '../organisations/organisations-store.js';
import { planRow } from '../plans/plans-store.js';
import { getProducer } from '../producers/producers-store.js';
import { pdfPageCount } from './header-footer.js';

/** Refuses a report on something that does not exist before starting a browser for it. */
function checkTarget(ctx: CoreContext, target: ReportTarget): { fileStem: string } {
  switch (target.kind) {
    case 'farm-plan':
    case 'org-plan': {
      const plan = planRow(ctx.db, target.planId);
      const wanted = target.kind === 'farm-plan' ? 'farm' : 'organisation';
      if (plan.kind !== wanted) {
        throw new ApiError('VALIDATION', `That plan is not a ${wanted} plan.`, {
          field: 'planId',
          reason: 'WRONG_PLAN_KIND',
        });
      }
      const who = plan.producer_name ?? getOrganisation(ctx.db, plan.organisation_id).name;
      return { fileStem: `${target.kind === 'farm-plan' ? 'plan-finca' : 'plan-resiliencia'}-${who}-v${plan.version}` };
    }
    case 'plot-sheets':
      return 'producerId' in target
        ? { fileStem: `fichas-parcelas-${getProducer(ctx.db, target.producerId).names}` }
        : { fileStem: `fichas-parcelas-${getOrganisation(ctx.db, target.organisationId).name}` };
    default: {
      const never: never = target;
      throw new Error(`Unknown report ${JSON.stringify(never)}`);
    }
  }
}

/** A file name that every file system takes: letters (accents kept), digits, dashes. */
const safeFileName = (stem: string): string =>
  `${stem
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)}.pdf`;

async function producePdf(
  ctx: CoreContext,
  target: ReportTarget,
  locale: Locale,
  job: JobContext,
): Promise<{ pdf: Uint8Array; fileName: string; durationMs: number }> {
  const started = performance.now();
  const { fileStem } = checkTarget(ctx, target);
  const printer = ctx.reports.printer;
  if (!printer) {
    throw new ApiError('INTERNAL', 'No PDF printer is available in this mode.', { reason: 'PRINTER_UNAVAILABLE' });
  }
  job.progress(0, null, 'render');
  const pdf = await printer.print(reportRoute(target, locale), { locale, signal: job.signal });
  job.throwIfCancelled();
  return { pdf, fileName: safeFileName(fileStem), durationMs: Math.round(performance.now() - started) };
}

export async function writeReport(
  ctx: CoreContext,
  input: ParsedInputOf<'reports.write'>,
  job: JobContext,
): Promise<OutputOf<'reports.write'>> {
  const { pdf, durationMs } = await producePdf(ctx, input.target, input.locale, job);
  const target = path.resolve(input.outputPath);
  // Written beside the target and renamed: a failed or cancelled report never leaves half a PDF.
  const temp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temp, pdf);
  fs.renameSync(temp, target);
  return { path: target, pages: pdfPageCount(pdf), sizeBytes: pdf.byteLength, durationMs };
}

export async function downloadReport(
  ctx: CoreContext,
  input: ParsedInputOf<'reports.download'>,
  job: JobContext,
): Promise<OutputOf<'reports.download'>> {
  const { pdf, fileName, durationMs } = await producePdf(ctx, input.target, input.locale, job);
  return {
    fileName,
    dataBase64: Buffer.from(pdf).toString('base64'),
    pages: pdfPageCount(pdf),
    sizeBytes: pdf.byteLength,
    durationMs,
  };
}
