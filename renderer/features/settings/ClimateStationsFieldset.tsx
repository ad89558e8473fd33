import { useTranslation } from 'react-i18next';
import type { ReferenceStation } from '../../../shared/climate/model-params.js';
import { useProvenance } from '../risk/use-provenance.js';
import { fieldName } from './climate-form.js';

/** A station being edited: the saved one, or null for one just added. */
export interface StationRow {
  id: string;
  initial: ReferenceStation | null;
}

const numberFields = [
  ['lon', 'lon'],
  ['lat', 'lat'],
  ['altitudeM', 'altitude'],
  ['meanTempC', 'meanTemp'],
  ['rainfallMm', 'rainfall'],
] as const;

/** Reference stations: add, edit, remove (the schema keeps at least one). */
export function ClimateStationsFieldset({
  rows,
  onChange,
}: {
  rows: readonly StationRow[];
  onChange: (rows: StationRow[]) => void;
}) {
  const { t } = useTranslation();
  const provenance = useProvenance();
  return (
    <fieldset className="climate-fieldset" data-testid="climate-stations">
      <legend>{t('climateSettings.stations.title')}</legend>
      <p className="field-hint">
        {t('climateSettings.stations.hint')} {provenance.note('stations')}
      </p>
      {rows.map((row, index) => (
        <fieldset key={row.id} className="climate-station" data-testid="climate-station">
          <legend>{t('climateSettings.stations.rowLabel', { number: index + 1 })}</legend>
          <div className="climate-station-grid">
            <div className="field climate-wide">
              <label htmlFor={`${row.id}-name`}>{t('climateSettings.stations.name')}</label>
              <input
                id={`${row.id}-name`}
                name={fieldName.station(row.id, 'name')}
                required
                maxLength={200}
                defaultValue={row.initial?.name ?? t('climateSettings.stations.newName')}
              />
            </div>
            {numberFields.map(([key, label]) => (
              <div className="field" key={key}>
                <label htmlFor={`${row.id}-${key}`}>{t(`climateSettings.stations.${label}`)}</label>
                <input
                  id={`${row.id}-${key}`}
                  name={fieldName.station(row.id, key)}
                  type="number"
                  step="any"
                  required={key !== 'rainfallMm'}
                  defaultValue={row.initial?.[key] ?? ''}
                />
              </div>
            ))}
            <div className="field climate-wide">
              <label htmlFor={`${row.id}-source`}>{t('climateSettings.stations.source')}</label>
              <input
                id={`${row.id}-source`}
                name={fieldName.station(row.id, 'source')}
                maxLength={500}
                defaultValue={row.initial?.source ?? ''}
              />
            </div>
          </div>
          <button
            type="button"
            className="button"
            disabled={rows.length <= 1}
            onClick={() => onChange(rows.filter((other) => other.id !== row.id))}
          >
            {t('climateSettings.stations.remove')}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button"
        data-testid="climate-station-add"
        onClick={() => onChange([...rows, { id: `station-${crypto.randomUUID().slice(0, 8)}`, initial: null }])}
      >
        {t('climateSettings.stations.add')}
      </button>
    </fieldset>
  );
}
