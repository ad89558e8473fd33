import type { ClimateModelParams, ReferenceStation } from '../../../shared/climate/model-params.js';
import { scenarioIds } from '../../../shared/domain/hazard.js';
import { thresholdRows } from '../risk/threshold-rows.js';

/** Input names of the climate model form, so the fields and the reader agree. */
export const fieldName = {
  lapseRate: 'lapseRateCPerKm',
  scenario: (id: string, key: 'deltaC' | 'source') => `scenario.${id}.${key}`,
  station: (id: string, key: keyof ReferenceStation) => `station.${id}.${key}`,
  threshold: (rowId: string, key: 'medio' | 'alto' | 'muy_alto') => `threshold.${rowId}.${key}`,
};

/** An empty or non-numeric field reads as NaN, which the schema rejects with the field's path. */
function numberAt(form: FormData, name: string): number {
  const value = form.get(name);
  return typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
}
const textAt = (form: FormData, name: string): string => {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

/**
 * The edited model from the form: the fields it shows replace those values;
 * everything the form does not show (rust points, varieties…) is kept from
 * `base`. The result is checked by climateModelParamsSchema before saving.
 */
export function readClimateForm(form: FormData, base: ClimateModelParams, stationIds: readonly string[]): unknown {
  const scenarios = Object.fromEntries(
    scenarioIds.map((id) => [
      id,
      {
        deltaC: numberAt(form, fieldName.scenario(id, 'deltaC')),
        source: textAt(form, fieldName.scenario(id, 'source')),
      },
    ]),
  ) as ClimateModelParams['scenarios'];
  const stations = stationIds.map((id) => {
    const rainfall = textAt(form, fieldName.station(id, 'rainfallMm'));
    return {
      id,
      name: textAt(form, fieldName.station(id, 'name')),
      lon: numberAt(form, fieldName.station(id, 'lon')),
      lat: numberAt(form, fieldName.station(id, 'lat')),
      altitudeM: numberAt(form, fieldName.station(id, 'altitudeM')),
      meanTempC: numberAt(form, fieldName.station(id, 'meanTempC')),
      rainfallMm: rainfall === '' ? null : Number(rainfall),
      source: textAt(form, fieldName.station(id, 'source')),
    };
  });
  let params: ClimateModelParams = {
    ...base,
    lapseRateCPerKm: numberAt(form, fieldName.lapseRate),
    scenarios,
    stations,
  };
  for (const row of thresholdRows) {
    params = row.withCutoffs(params, {
      medio: numberAt(form, fieldName.threshold(row.id, 'medio')),
      alto: numberAt(form, fieldName.threshold(row.id, 'alto')),
      muy_alto: numberAt(form, fieldName.threshold(row.id, 'muy_alto')),
    });
  }
  return params;
}
