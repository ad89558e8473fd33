import { useTranslation } from 'react-i18next';
import { defaultClimateModelParams } from '../../../shared/climate/model-params.js';
import type { ClimateModelParams } from '../../../shared/climate/model-params.js';
import { scenarioIds } from '../../../shared/domain/hazard.js';
import { useFormat } from '../../i18n/use-format.js';
import { fieldName } from './climate-form.js';

/** Warming Δ°C and its source per scenario, with the default beside each. */
export function ClimateScenariosFieldset({ saved }: { saved: ClimateModelParams }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <fieldset className="climate-fieldset">
      <legend>{t('climateSettings.scenarios.title')}</legend>
      <table className="data-table climate-table">
        <thead>
          <tr>
            <th scope="col">{t('climateSettings.scenarios.scenario')}</th>
            <th scope="col">{t('climateSettings.scenarios.delta')}</th>
            <th scope="col">{t('climateSettings.scenarios.source')}</th>
          </tr>
        </thead>
        <tbody>
          {scenarioIds.map((id) => {
            const fallback = defaultClimateModelParams.scenarios[id];
            const label = t(`risk.scenarios.${id}`);
            return (
              <tr key={id}>
                <th scope="row">{label}</th>
                <td>
                  <input
                    name={fieldName.scenario(id, 'deltaC')}
                    type="number"
                    step="any"
                    required
                    className="climate-number"
                    defaultValue={saved.scenarios[id].deltaC}
                    aria-label={`${label}: ${t('climateSettings.scenarios.delta')}`}
                    data-testid={`climate-delta-${id}`}
                  />
                  <span className="cell-secondary">
                    {t('climateSettings.defaultValue', {
                      value: format.number(fallback.deltaC, { signDisplay: 'exceptZero', minimumFractionDigits: 1 }),
                    })}
                  </span>
                </td>
                <td>
                  <input
                    name={fieldName.scenario(id, 'source')}
                    type="text"
                    maxLength={500}
                    className="climate-text"
                    defaultValue={saved.scenarios[id].source}
                    aria-label={`${label}: ${t('climateSettings.scenarios.source')}`}
                  />
                  <span className="cell-secondary">{fallback.source}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
