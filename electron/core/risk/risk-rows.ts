import type { PlotAssessment } from '../../../shared/climate/model-inputs.js';
import { modelHazards } from '../../../shared/domain/hazard.js';
import type { HazardResult, ModelHazard } from '../../../shared/domain/hazard.js';
import type { Store } from '../store/open-store.js';
import { stmt } from '../store/statements.js';

/**
 * Each analysed plot's stored inputs key. All scenarios of a plot are written
 * in one transaction with one key, so the baseline row speaks for the plot
 * (a scenario added by a later version changes the settings part of the key).
 */
export function storedKeys(db: Store, organisationId: string): Map<string, string> {
  const rows = stmt(
    db,
    `SELECT r.plot_id, r.inputs_key
       FROM producers pr JOIN plots p INDEXED BY plots_risk_inputs ON p.producer_id = pr.id AND p.deleted_at IS NULL
       JOIN plot_risks r ON r.plot_id = p.id AND r.scenario_id = 'baseline'
      WHERE pr.organisation_id = ? AND p.geometry IS NOT NULL`,
  )
    .raw(true)
    .all(organisationId) as [string, string][];
  return new Map(rows);
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
