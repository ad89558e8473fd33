import { useTranslation } from 'react-i18next';
import type { PlotRiskCard } from '../../../shared/api/risk.js';
import { useFormat } from '../../i18n/use-format.js';
import { useRiskLabels } from './use-risk-labels.js';

/** The mean temperature and the altitude each scenario used, and where the altitude came from. */
export function ModelInputsUsed({ assessments }: { assessments: PlotRiskCard['assessments'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useRiskLabels();
  return (
    <table className="data-table compact-table" data-testid="risk-inputs">
      <caption className="visually-hidden">{t('riskDashboard.card.inputsTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('riskDashboard.card.scenario')}</th>
          <th scope="col" className="cell-number">
            {t('riskDashboard.card.temperature')}
          </th>
          <th scope="col" className="cell-number">
            {t('riskDashboard.card.altitude')}
          </th>
        </tr>
      </thead>
      <tbody>
        {assessments.map((assessment) => (
          <tr key={assessment.scenarioId} data-scenario={assessment.scenarioId}>
            <th scope="row">{labels.scenario(assessment.scenarioId)}</th>
            <td className="cell-number" data-testid="risk-input-temperature">
              {assessment.temperatureC === null
                ? t('common.notSet')
                : t('riskDashboard.card.celsius', {
                    value: format.number(assessment.temperatureC, {
                      minimumFractionDigits: 1,
                      maximumFractionDigits: 1,
                    }),
                  })}
            </td>
            <td className="cell-number" data-testid="risk-input-altitude">
              {assessment.altitudeM === null ? (
                t('common.notSet')
              ) : (
                <>
                  {t('riskDashboard.card.metres', { value: format.number(Math.round(assessment.altitudeM)) })}
                  <span className="cell-secondary">{labels.altitudeSource(assessment.altitudeSource)}</span>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
