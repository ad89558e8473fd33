import { useTranslation } from 'react-i18next';
import type { TableChangeCounts } from '../../../shared/api/exchange.js';
import { useFormat } from '../../i18n/use-format.js';
import { useExchangeLabels } from './use-exchange-labels.js';

const countColumns = ['new', 'changed', 'deleted', 'conflicts'] as const;

/** New, changed, deleted and conflicting rows per kind of data; kinds the package leaves untouched are left out. */
export function PackageTables({ tables }: { tables: readonly TableChangeCounts[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useExchangeLabels(null);
  const rows = tables.filter((row) => countColumns.some((column) => row[column] > 0));
  if (rows.length === 0) return null;
  return (
    <table className="data-table exchange-tables" data-testid="exchange-report-tables">
      <caption className="visually-hidden">{t('exchange.report.tablesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('exchange.report.columns.table')}</th>
          {countColumns.map((column) => (
            <th key={column} scope="col" className="cell-number">
              {t(`exchange.report.columns.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.table} data-table={row.table}>
            <th scope="row">{labels.table(row.table)}</th>
            {countColumns.map((column) => (
              <td key={column} className="cell-number" data-column={column}>
                {format.number(row[column])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
