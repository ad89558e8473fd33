import { ApiError } from '../../../shared/api/errors.js';
import { modelHazards, scenarioIds } from '../../../shared/domain/hazard.js';
import type { ScenarioId } from '../../../shared/domain/hazard.js';
import { catalogueText } from '../catalogue-text.js';
import type { CliContext } from '../cli-context.js';
import { callOrThrow } from '../cli-context.js';
import { findOrganisation } from '../organisation-by-name.js';

/**
 * `cafetal analyse --org NAME [--scenario ID] [--force] [--json]`: runs the
 * analysis (only what changed unless --force), then prints each plot's level
 * per hazard for the scenario (baseline unless given).
 */
export async function analyseCommand(ctx: CliContext): Promise<number> {
  const orgName = typeof ctx.flags.org === 'string' ? ctx.flags.org : undefined;
  if (!orgName) throw new ApiError('VALIDATION', 'Usage: cafetal analyse --org NAME [--scenario ID]', { flag: 'org' });
  const scenarioFlag = typeof ctx.flags.scenario === 'string' ? ctx.flags.scenario : 'baseline';
  if (!(scenarioIds as readonly string[]).includes(scenarioFlag)) {
    throw new ApiError('VALIDATION', `--scenario takes one of: ${scenarioIds.join(', ')}.`, {
      flag: 'scenario',
      value: scenarioFlag,
    });
  }
  const scenarioId = scenarioFlag as ScenarioId;
  const organisation = await findOrganisation(ctx.core, orgName);
  if (!organisation) {
    throw new ApiError('NOT_FOUND', `No organisation named "${orgName}".`, { entity: 'organisation', name: orgName });
  }
  const run = await callOrThrow(ctx.core, 'risk.analyse', {
    organisationId: organisation.id,
    force: ctx.flags.force === true,
  });
  const rows = await callOrThrow(ctx.core, 'risk.results', { organisationId: organisation.id, scenarioId });
  if (ctx.json) {
    ctx.out(
      JSON.stringify(
        {
          organisation: { id: organisation.id, name: organisation.name },
          scenarioId,
          run,
          plots: rows.map((r) => ({
            plotId: r.plotId,
            plotName: r.plotName,
            producerName: r.producerName,
            areaHa: r.areaHa,
            altitudeM: r.altitudeM,
            temperatureC: r.temperatureC,
            levels: r.levels,
          })),
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const t = catalogueText(ctx.lang);
  ctx.out(`${organisation.name} · ${t(`risk.scenarios.${scenarioId}`)} · ${rows.length}`);
  for (const row of rows) {
    const levels = modelHazards
      .map((h) => `${t(`risk.hazards.${h}`)}: ${row.levels[h] ? t(`risk.levels.${row.levels[h]}`) : t('risk.noData')}`)
      .join(' · ');
    const temperature = row.temperatureC === null ? '' : ` ${row.temperatureC.toFixed(1)} °C`;
    ctx.out(`${row.producerName} / ${row.plotName}${temperature} — ${levels}`);
  }
  return 0;
}
