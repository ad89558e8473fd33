import type { PlotAssessment } from '../../../shared/climate/model-inputs.js';
import { modelHazards, scenarioIds } from '../../../shared/domain/hazard.js';
import type { HazardResult, ModelHazard } from '../../../shared/domain/hazard.js';
import type { Store } from '../store/open-store.js';
import { stmt } from '../store/statements.js';

/**
 * Each analysed plot's stored inputs key; '' (never current) when its
 * scenarios disagree, e.g. a new scenario was added since.
 */
export function storedKeys(db: Store, organisationId: string): Map<string, string> {
  const rows = stmt(
    db,
    `SELECT r.plot_id, MIN(r.inputs_key), MAX(r.inputs_key), COUNT(*)
       FROM plot_risks r JOIN plots p ON p.id = r.plot_id JOIN producers pr ON pr.id = p.producer_id
      WHERE pr.organisation_id = ?
      GROUP BY r.plot_id`,
  )
    .raw(true)
    .all(organisationId) as [string, string, string, number][];
  const keys = new Map<string, string>();
  for (const [plotId, min, max, count] of rows) {
    keys.set(plotId, min === max && count === scenarioIds.length ? min : '');
  }
  return keys;
}

const levelColumns = modelHazards.join(', ');
const levelParams = modelHazards.map((h) => `@${h}`).join(', ');

export function writeAssessments(
  db: Store,
  plotId: string,
  inputsKey: string,
  assessments: readonly PlotAssessment[],
  now: string,
): void {
  const upsert = stmt(
    db,
    `INSERT OR REPLACE INTO plot_risks (plot_id, scenario_id, inputs_key, temperature_c, altitude_m, altitude_source,
       ${levelColumns}, analysed_at)
     VALUES (@plotId, @scenarioId, @inputsKey, @temperatureC, @altitudeM, @altitudeSource, ${levelParams}, @now)`,
  );
  for (const a of assessments) {
    const levels = Object.fromEntries(modelHazards.map((h) => [h, levelOf(a.results, h)]));
    upsert.run({
      plotId,
      scenarioId: a.scenarioId,
      inputsKey,
      temperatureC: a.temperatureC,
      altitudeM: a.altitudeM,
      altitudeSource: a.altitudeSource,
      ...levels,
      now,
    });
  }
}

const levelOf = (results: readonly HazardResult[], hazard: ModelHazard) =>
  results.find((r) => r.hazard === hazard)?.level ?? null;
