import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CafetalApi } from '../../../shared/api/client-types.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useFormat } from '../../i18n/use-format.js';
import { useSoles } from '../income/money.js';
import { changedFields } from './measure-changes.js';
import { useMeasureLabels } from './use-measure-labels.js';

/**
 * A measure's versions, newest first, with what each edit changed. Plans keep
 * the version they were made with, so this is how a technician explains why
 * an older plan shows another cost.
 */
export function MeasureHistory({ measureId, currentVersion }: { measureId: string; currentVersion: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { soles } = useSoles();
  const labels = useMeasureLabels();
  const load = useCallback((api: CafetalApi) => api.measures.history({ id: measureId }), [measureId]);
  const history = useApiQuery(load);
  if (history.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (history.status === 'error') return <ErrorNotice error={history.error} />;
  const versions = [...history.data].sort((a, b) => b.version - a.version);
  return (
    <div className="table-scroll measure-history">
      <table className="data-table" data-testid="measure-history">
        <caption>{t('catalogue.history.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('catalogue.history.version')}</th>
            <th scope="col" className="cell-number">
              {t('catalogue.fields.costPerUnitSoles')}
            </th>
            <th scope="col" className="cell-number">
              {t('catalogue.fields.labourDaysPerUnit')}
            </th>
            <th scope="col">{t('catalogue.fields.effect')}</th>
            <th scope="col">{t('catalogue.history.changed')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((entry, index) => {
            const changed = changedFields(entry.fields, versions[index + 1]?.fields);
            return (
              <tr key={entry.version} data-version={entry.version}>
                <th scope="row">
                  {t('catalogue.version', { version: entry.version })}
                  {entry.version === currentVersion && ` · ${t('catalogue.history.current')}`}
                  <span className="cell-secondary">{format.date(entry.createdAt, { dateStyle: 'medium' })}</span>
                </th>
                <td className="cell-number">
                  {soles(entry.fields.costPerUnitSoles)}
                  <span className="cell-secondary">{labels.perUnit(entry.fields.unit)}</span>
                </td>
                <td className="cell-number">{format.number(entry.fields.labourDaysPerUnit)}</td>
                <td>{labels.effect(entry.fields)}</td>
                <td>
                  {index === versions.length - 1
                    ? t('catalogue.history.first')
                    : changed.length === 0
                      ? t('catalogue.history.nothing')
                      : changed.map((key) => t(`catalogue.fields.${key}`)).join(', ')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
