import { exportFormats } from '../../../shared/api/exports.js';
import { ApiError } from '../../../shared/api/errors.js';
import type { CliContext } from '../cli-context.js';
import { callOrThrow } from '../cli-context.js';
import { findOrganisation } from '../organisation-by-name.js';

type Format = (typeof exportFormats)[number];

/** `cafetal export geojson|kml|csv|gpkg|shp|eudr --org NAME -o FILE [--small-plots point|polygon]` */
export async function exportCommand(ctx: CliContext): Promise<void> {
  const [format] = ctx.args;
  if (!format || !exportFormats.includes(format as Format)) {
    throw new ApiError('VALIDATION', `Format must be one of ${exportFormats.join(', ')}.`, {
      flag: 'format',
      value: format ?? '',
    });
  }
  const orgName = typeof ctx.flags.org === 'string' ? ctx.flags.org : undefined;
  const output = typeof ctx.flags.output === 'string' ? ctx.flags.output : undefined;
  if (!orgName || !output)
    throw new ApiError('VALIDATION', 'Usage: cafetal export FORMAT --org NAME -o FILE', {
      flag: orgName ? 'o' : 'org',
    });
  const organisation = await findOrganisation(ctx.core, orgName);
  if (!organisation)
    throw new ApiError('NOT_FOUND', `No organisation named "${orgName}".`, { entity: 'organisation', name: orgName });
  const smallPlots = ctx.flags['small-plots'];
  if (smallPlots !== undefined && smallPlots !== 'point' && smallPlots !== 'polygon') {
    throw new ApiError('VALIDATION', '--small-plots takes point or polygon.', { flag: 'small-plots' });
  }
  const result = await callOrThrow(ctx.core, 'exports.write', {
    format: format as Format,
    organisationId: organisation.id,
    outputPath: output,
    eudr: format === 'eudr' ? { smallPlotsAs: smallPlots ?? 'polygon' } : undefined,
  });
  if (ctx.json) return ctx.out(JSON.stringify(result, null, 2));
  for (const file of result.files) ctx.out(`${file.path} (${file.sizeBytes} B)`);
  ctx.out(`${result.plotCount} plots${result.skipped.length ? `; ${result.skipped.length} skipped:` : ''}`);
  for (const s of result.skipped) ctx.out(`  ${s.plotName}: ${s.reason}`);
}
