import { useTranslation } from 'react-i18next';
import { defaultClimateModelParams } from '../../../shared/climate/model-params.js';
import type { ClimateModelParams } from '../../../shared/climate/model-params.js';
import { useFormat } from '../../i18n/use-format.js';
import { thresholdRows } from '../risk/threshold-rows.js';
import { useProvenance } from '../risk/use-provenance.js';
import { fieldName } from './climate-form.js';

const levelKeys = [
  ['medio', 'medio'],
  ['alto', 'alto'],
  ['muy_alto', 'muyAlto'],
] as const;

/** The cutoffs that turn each quantity into Medio, Alto and Muy alto, with the defaults and their sources. */
export function ClimateThresholdsFieldset({ saved }: { saved: ClimateModelParams }) {
  const { t } = useTranslation();
  const format = useFormat();
  const provenance = useProvenance();
  return (
    <fieldset className="climate-fieldset">
      <legend>{t('climateSettings.thresholds.title')}</legend>
      <p className="field-hint">{t('climateSettings.thresholds.hint')}</p>
      <table className="data-table climate-table">
        <thead>
          <tr>
            <th scope="col">{t('methodology.thresholds.columns.hazard')}</th>
            {levelKeys.map(([key, label]) => (
              <th scope="col" key={key}>
                {t(`methodology.thresholds.columns.${label}`)}
              </th>
            ))}
            <th scope="col">{t('methodology.thresholds.columns.source')}</th>
          </tr>
        </thead>
        <tbody>
          {thresholdRows.map((row) => {
            const current = row.cutoffs(saved);
            const fallback = row.cutoffs(defaultClimateModelParams);
            const label = `${t(`risk.hazards.${row.hazard}`)} — ${t(`methodology.quantities.${row.quantity}`)}`;
            return (
              <tr key={row.id}>
                <th scope="row">
                  {t(`risk.hazards.${row.hazard}`)}
                  <span className="cell-secondary">{t(`methodology.quantities.${row.quantity}`)}</span>
                </th>
                {levelKeys.map(([key, levelLabel]) => (
                  <td key={key}>
                    <input
                      name={fieldName.threshold(row.id, key)}
                      type="number"
                      step="any"
                      required
                      className="climate-number"
                      defaultValue={current[key]}
                      aria-label={`${label}: ${t(`methodology.thresholds.columns.${levelLabel}`)}`}
                    />
                  </td>
                ))}
                <td>
                  <span className="cell-secondary">
                    {t('climateSettings.defaultValue', {
                      value: levelKeys.map(([key]) => format.number(fallback[key])).join(' / '),
                    })}
                  </span>
                  <span className="cell-secondary">{provenance.sources(row.path)}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
