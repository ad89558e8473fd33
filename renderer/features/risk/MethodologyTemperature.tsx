import { useTranslation } from 'react-i18next';
import { defaultClimateModelParams } from '../../../shared/climate/model-params.js';
import type { ClimateModelParams } from '../../../shared/climate/model-params.js';
import { useFormat } from '../../i18n/use-format.js';
import { DefaultMark } from './DefaultMark.js';
import { useProvenance } from './use-provenance.js';

/** The lapse-rate formula, its terms with the values in use, and the reference stations. */
export function MethodologyTemperature({ params }: { params: ClimateModelParams }) {
  const { t } = useTranslation();
  const format = useFormat();
  const provenance = useProvenance();
  const lapseRate = format.number(params.lapseRateCPerKm);
  return (
    <section className="methodology-section">
      <h3>{t('methodology.temperature.title')}</h3>
      <p className="methodology-formula">
        <code>{t('methodology.temperature.formula')}</code>
      </p>
      <ul className="methodology-legend">
        <li>{t('methodology.temperature.legendT')}</li>
        <li>{t('methodology.temperature.legendTref')}</li>
        <li>
          {t('methodology.temperature.legendGamma', { value: lapseRate })}
          <DefaultMark value={lapseRate} defaultValue={format.number(defaultClimateModelParams.lapseRateCPerKm)} />
          <span className="methodology-source"> — {provenance.sources('lapseRateCPerKm')}</span>
        </li>
        <li>{t('methodology.temperature.legendZ')}</li>
        <li>{t('methodology.temperature.legendDelta')}</li>
      </ul>
      <p className="field-hint">{provenance.note('lapseRateCPerKm')}</p>
      <p>{t('methodology.temperature.layerRule')}</p>
      <p>{t('methodology.temperature.example')}</p>

      <h4>{t('methodology.temperature.stationsTitle')}</h4>
      <table className="data-table" data-testid="methodology-stations">
        <thead>
          <tr>
            <th scope="col">{t('methodology.temperature.columns.name')}</th>
            <th scope="col" className="cell-number">
              {t('methodology.temperature.columns.lon')}
            </th>
            <th scope="col" className="cell-number">
              {t('methodology.temperature.columns.lat')}
            </th>
            <th scope="col" className="cell-number">
              {t('methodology.temperature.columns.altitude')}
            </th>
            <th scope="col" className="cell-number">
              {t('methodology.temperature.columns.meanTemp')}
            </th>
            <th scope="col" className="cell-number">
              {t('methodology.temperature.columns.rainfall')}
            </th>
            <th scope="col">{t('methodology.temperature.columns.source')}</th>
          </tr>
        </thead>
        <tbody>
          {params.stations.map((station) => (
            <tr key={station.id}>
              <th scope="row">{station.name}</th>
              <td className="cell-number">{format.number(station.lon)}</td>
              <td className="cell-number">{format.number(station.lat)}</td>
              <td className="cell-number">{format.number(station.altitudeM)}</td>
              <td className="cell-number">{format.number(station.meanTempC)}</td>
              <td className="cell-number">{station.rainfallMm === null ? '—' : format.number(station.rainfallMm)}</td>
              <td>{station.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field-hint">{provenance.note('stations')}</p>
    </section>
  );
}
