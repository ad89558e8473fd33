import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { assessAllScenarios } from '../../../shared/climate/assess-plot.js';
import type { ClimateModelParams } from '../../../shared/climate/model-params.js';
import { modelHazards } from '../../../shared/domain/hazard.js';
import { useFormat } from '../../i18n/use-format.js';

const exampleAltitudeM = 1350;
const exampleVariety = 'Caturra';

/** The model run on a sample plot with the values in use, so a change in Settings shows its effect here. */
export function MethodologyExample({ params }: { params: ClimateModelParams }) {
  const { t } = useTranslation();
  const format = useFormat();
  const station = params.stations[0];
  const assessments = useMemo(
    () =>
      station
        ? assessAllScenarios(
            {
              altitudeM: exampleAltitudeM,
              altitudeSource: 'typed',
              centroid: [station.lon, station.lat],
              variety: exampleVariety,
              shadePct: null,
              rasters: [],
              vectors: [],
            },
            params,
          )
        : [],
    [params, station],
  );
  if (!station) return null;
  return (
    <section className="methodology-section">
      <h3>{t('methodology.example.title')}</h3>
      <p>
        {t('methodology.example.body', { altitudeM: format.number(exampleAltitudeM), variety: exampleVariety })}{' '}
        {station.name}.
      </p>
      <table className="data-table" data-testid="methodology-example">
        <thead>
          <tr>
            <th scope="col">{t('methodology.example.scenario')}</th>
            <th scope="col" className="cell-number">
              {t('methodology.example.temperature')}
            </th>
            {modelHazards.map((hazard) => (
              <th scope="col" key={hazard}>
                {t(`risk.hazards.${hazard}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {assessments.map((assessment) => (
            <tr key={assessment.scenarioId}>
              <th scope="row">{t(`risk.scenarios.${assessment.scenarioId}`)}</th>
              <td className="cell-number">
                {assessment.temperatureC === null
                  ? '—'
                  : format.number(assessment.temperatureC, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
              </td>
              {assessment.results.map((result) => (
                <td key={result.hazard}>
                  {result.level === null ? t('risk.levels.none') : t(`risk.levels.${result.level}`)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
