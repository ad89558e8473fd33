import { useTranslation } from 'react-i18next';
import { scenarioIds } from '../../../shared/domain/hazard.js';
import { defaultClimateModelParams } from '../../../shared/climate/model-params.js';
import type { ClimateModelParams } from '../../../shared/climate/model-params.js';
import { useFormat } from '../../i18n/use-format.js';
import { DefaultMark } from './DefaultMark.js';
import { useProvenance } from './use-provenance.js';

/** Each scenario's warming Δ in use, with its source. */
export function MethodologyScenarios({ params }: { params: ClimateModelParams }) {
  const { t } = useTranslation();
  const format = useFormat();
  const provenance = useProvenance();
  const delta = (value: number) => format.number(value, { signDisplay: 'exceptZero', minimumFractionDigits: 1 });
  return (
    <section className="methodology-section">
      <h3>{t('methodology.scenarios.title')}</h3>
      <p>{t('methodology.scenarios.body')}</p>
      <table className="data-table" data-testid="methodology-scenarios">
        <thead>
          <tr>
            <th scope="col">{t('methodology.scenarios.columns.scenario')}</th>
            <th scope="col" className="cell-number">
              {t('methodology.scenarios.columns.delta')}
            </th>
            <th scope="col">{t('methodology.scenarios.columns.source')}</th>
          </tr>
        </thead>
        <tbody>
          {scenarioIds.map((id) => (
            <tr key={id}>
              <th scope="row">{t(`risk.scenarios.${id}`)}</th>
              <td className="cell-number">
                {delta(params.scenarios[id].deltaC)}
                <DefaultMark
                  value={delta(params.scenarios[id].deltaC)}
                  defaultValue={delta(defaultClimateModelParams.scenarios[id].deltaC)}
                />
              </td>
              <td>{params.scenarios[id].source}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field-hint">
        {provenance.note('scenarios')} ({provenance.sources('scenarios')})
      </p>
    </section>
  );
}
