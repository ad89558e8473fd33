import { useTranslation } from 'react-i18next';
import type { ClimateModelParams } from '../../../shared/climate/model-params.js';
import { useFormat } from '../../i18n/use-format.js';
import { thresholdRows } from './threshold-rows.js';
import { useProvenance } from './use-provenance.js';

/** The cutoffs in use that turn each quantity into Medio, Alto and Muy alto. */
export function MethodologyThresholds({ params }: { params: ClimateModelParams }) {
  const { t } = useTranslation();
  const format = useFormat();
  const provenance = useProvenance();
  return (
    <section className="methodology-section">
      <h3>{t('methodology.thresholds.title')}</h3>
      <p>{t('methodology.thresholds.body')}</p>
      <table className="data-table" data-testid="methodology-thresholds">
        <thead>
          <tr>
            <th scope="col">{t('methodology.thresholds.columns.hazard')}</th>
            <th scope="col">{t('methodology.thresholds.columns.quantity')}</th>
            <th scope="col" className="cell-number">
              {t('methodology.thresholds.columns.medio')}
            </th>
            <th scope="col" className="cell-number">
              {t('methodology.thresholds.columns.alto')}
            </th>
            <th scope="col" className="cell-number">
              {t('methodology.thresholds.columns.muyAlto')}
            </th>
            <th scope="col">{t('methodology.thresholds.columns.source')}</th>
          </tr>
        </thead>
        <tbody>
          {thresholdRows.map((row) => {
            const cutoffs = row.cutoffs(params);
            return (
              <tr key={row.id}>
                <th scope="row">{t(`risk.hazards.${row.hazard}`)}</th>
                <td>{t(`methodology.quantities.${row.quantity}`)}</td>
                <td className="cell-number">{format.number(cutoffs.medio)}</td>
                <td className="cell-number">{format.number(cutoffs.alto)}</td>
                <td className="cell-number">{format.number(cutoffs.muy_alto)}</td>
                <td>{provenance.sources(row.path)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <details className="methodology-notes">
        <summary>{t('methodology.thresholds.notes')}</summary>
        <ul>
          {thresholdRows.map((row) => {
            const note = provenance.note(row.path);
            return note === null ? null : <li key={row.id}>{note}</li>;
          })}
        </ul>
      </details>
    </section>
  );
}
