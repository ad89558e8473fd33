import path from 'node:path';
import { ApiError } from '../../../shared/api/errors.js';
import { importFields } from '../../../shared/domain/import.js';
import type { ImportField, ImportMapping } from '../../../shared/domain/import.js';
import type { CliContext } from '../cli-context.js';
import { callOrThrow } from '../cli-context.js';
import { label } from '../messages.js';
import { findOrganisation } from '../organisation-by-name.js';

function parseMappings(values: readonly string[]): ImportMapping {
  const mapping: ImportMapping = {};
  for (const pair of values) {
    const eq = pair.indexOf('=');
    const field = pair.slice(0, eq) as ImportField;
    if (eq < 1 || !importFields.includes(field)) {
      throw new ApiError('VALIDATION', `--map takes field=column with field one of: ${importFields.join(', ')}.`, {
        flag: 'map',
        value: pair,
      });
    }
    mapping[field] = pair.slice(eq + 1);
  }
  return mapping;
}

function parseCrs(value: string | undefined): number | null {
  if (value === undefined) return null;
  const match = /^(?:EPSG:)?(\d{4,5})$/i.exec(value.trim());
  if (!match) throw new ApiError('VALIDATION', '--crs takes EPSG:n, e.g. EPSG:32717.', { flag: 'crs', value });
  return Number(match[1]);
}

/**
 * `cafetal import FILE --org NAME [--crs EPSG:n] [--map field=column …] [--dry-run] [--json]`.
 * An organisation named by --org that does not exist yet is created (the output says so).
 * Exits 1 when the file cannot be read or no feature could be imported.
 */
export async function importCommand(ctx: CliContext): Promise<number> {
  const [file] = ctx.args;
  const orgName = typeof ctx.flags.org === 'string' ? ctx.flags.org : undefined;
  if (!file || !orgName)
    throw new ApiError('VALIDATION', 'Usage: cafetal import FILE --org NAME', { flag: file ? 'org' : 'FILE' });
  const mappingFlags = Array.isArray(ctx.flags.map) ? ctx.flags.map : [];
  const crsCode = parseCrs(typeof ctx.flags.crs === 'string' ? ctx.flags.crs : undefined);
  const dryRun = ctx.flags['dry-run'] === true;

  let organisation = await findOrganisation(ctx.core, orgName);
  const organisationCreated = organisation === null && !dryRun;
  if (!organisation && !dryRun)
    organisation = await callOrThrow(ctx.core, 'organisations.create', { name: orgName, type: 'otra' });

  const opened = await callOrThrow(ctx.core, 'imports.open', {
    source: { path: path.resolve(file) },
    organisationId: organisation?.id,
  });
  const mapping = { ...(opened.mapping.remembered ?? opened.mapping.suggested), ...parseMappings(mappingFlags) };
  if (!organisation) {
    // A dry run must not create the organisation: preview against a throwaway one is not possible, so say what would happen.
    throw new ApiError('NOT_FOUND', `No organisation named "${orgName}"; without --dry-run it would be created.`, {
      entity: 'organisation',
      name: orgName,
    });
  }
  const options = { importId: opened.importId, organisationId: organisation.id, crsCode, mapping };
  const result = dryRun
    ? await callOrThrow(ctx.core, 'imports.preview', options)
    : await callOrThrow(ctx.core, 'imports.commit', options);
  const summary = {
    file: opened.fileName,
    format: opened.format,
    organisation: { id: organisation.id, name: organisation.name, created: organisationCreated },
    crs: result.crs,
    mapping,
    dryRun,
    counts: result.counts,
    features: result.verdicts,
  };
  const usable = result.counts.imported + result.counts.warnings + result.counts.unchanged;
  if (ctx.json) ctx.out(JSON.stringify(summary, null, 2));
  else {
    if (organisationCreated) ctx.out(`${label('orgCreated', ctx.lang)}: ${organisation.name}`);
    ctx.out(
      `${opened.fileName} (${opened.format}, ${result.crs.name}${result.crs.transformation ? `; ${result.crs.transformation}` : ''})`,
    );
    for (const v of result.verdicts) {
      const reasons = v.reasons.map((r) => r.code).join(', ');
      ctx.out(
        `  #${v.index + 1} ${v.plotName}: ${label(`verdict_${v.verdict}`, ctx.lang)}${reasons ? ` (${reasons})` : ''}`,
      );
    }
    const c = result.counts;
    ctx.out(
      `${label('verdict_imported', ctx.lang)} ${c.imported} · ${label('verdict_warnings', ctx.lang)} ${c.warnings} · ${label('verdict_rejected', ctx.lang)} ${c.rejected} · ${label('verdict_unchanged', ctx.lang)} ${c.unchanged}${dryRun ? ` (${label('dryRun', ctx.lang)})` : ''}`,
    );
  }
  // The summary is already out (one JSON document on stdout): signal the failure by the exit code only.
  return usable === 0 ? 1 : 0;
}
