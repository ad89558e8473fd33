import path from 'node:path';
import { ApiError } from '../../../shared/api/errors.js';
import type { ReportTarget } from '../../../shared/api/reports.js';
import { createChromiumPrinter } from '../../core/reports/chromium-printer.js';
import { ensureRendererBuild } from '../../http/ensure-renderer-build.js';
import { startHttpTransport } from '../../http/http-server.js';
import type { CliContext } from '../cli-context.js';
import { callOrThrow } from '../cli-context.js';
import { findOrganisation } from '../organisation-by-name.js';

const appRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const flag = (ctx: CliContext, name: string): string | undefined =>
  typeof ctx.flags[name] === 'string' ? ctx.flags[name] : undefined;

async function organisationId(ctx: CliContext): Promise<string> {
  const name = flag(ctx, 'org');
  if (!name) throw new ApiError('VALIDATION', '--org NAME is required.', { flag: 'org' });
  const organisation = await findOrganisation(ctx.core, name);
  if (!organisation)
    throw new ApiError('NOT_FOUND', `No organisation named "${name}".`, { entity: 'organisation', name });
  return organisation.id;
}

/** The report's subject from the flags: a farm plan by id, the organisation's latest resilience plan, or plot sheets. */
async function targetOf(ctx: CliContext, kind: string | undefined): Promise<ReportTarget> {
  switch (kind) {
    case 'farm-plan': {
      const planId = flag(ctx, 'plan');
      if (!planId) throw new ApiError('VALIDATION', '--plan ID is required.', { flag: 'plan' });
      return { kind, planId };
    }
    case 'org-plan': {
      const plans = await callOrThrow(ctx.core, 'plans.list', { organisationId: await organisationId(ctx) });
      const latest = plans.filter((p) => p.kind === 'organisation').sort((a, b) => b.version - a.version)[0];
      if (!latest) {
        throw new ApiError('NOT_FOUND', 'The organisation has no resilience plan yet.', { entity: 'plan' });
      }
      return { kind, planId: latest.id };
    }
    case 'plot-sheets': {
      const producerId = flag(ctx, 'producer');
      return producerId ? { kind, producerId } : { kind, organisationId: await organisationId(ctx) };
    }
    default:
      throw new ApiError('VALIDATION', 'Usage: cafetal report farm-plan|org-plan|plot-sheets … -o FILE.pdf', {
        flag: 'report',
      });
  }
}

/**
 * `cafetal report farm-plan --plan ID -o FILE.pdf`, `cafetal report org-plan --org NAME -o FILE.pdf`,
 * `cafetal report plot-sheets (--producer ID | --org NAME) -o FILE.pdf`, in `--lang` (Spanish by default).
 * Serves the renderer on a private 127.0.0.1 port for the length of the command and prints its print route
 * with the system Chromium: the same PDF as browser mode and the desktop app.
 */
export async function reportCommand(ctx: CliContext): Promise<number> {
  const target = await targetOf(ctx, ctx.args[0]);
  const output = flag(ctx, 'output');
  if (!output) throw new ApiError('VALIDATION', '-o FILE.pdf is required.', { flag: 'output' });
  const staticDir = ensureRendererBuild(appRoot, (line) => ctx.err(line));
  const transport = await startHttpTransport(ctx.core, { port: 0, staticDir });
  ctx.core.context.reports.printer = createChromiumPrinter(transport.url);
  try {
    const result = await callOrThrow(ctx.core, 'reports.write', {
      target,
      locale: ctx.lang === 'en' ? 'en' : 'es-PE',
      outputPath: path.resolve(output),
    });
    if (ctx.json) ctx.out(JSON.stringify(result, null, 2));
    else ctx.out(`${result.path} (${result.pages} p., ${Math.round(result.sizeBytes / 1024)} kB)`);
    return 0;
  } finally {
    await ctx.core.context.reports.printer.close();
    ctx.core.context.reports.printer = null;
    await transport.close();
  }
}
