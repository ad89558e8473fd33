import { useTranslation } from 'react-i18next';
import type { BackupInspection, DatabaseSummary } from '../../../../shared/api/backups.js';
import { useFormat } from '../../../i18n/use-format.js';

const ROWS = [
  'organisations',
  'producers',
  'plots',
  'plans',
  'layers',
  'lastChangeAt',
  'schemaVersion',
  'sizeBytes',
] as const;
type Row = (typeof ROWS)[number];

/** The data in use next to the backup's, row by row; rows that differ stand out. */
export function RestoreComparison({ inspection }: { inspection: BackupInspection }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cell = (summary: DatabaseSummary, row: Row): string => {
    switch (row) {
      case 'lastChangeAt':
        return summary.lastChangeAt === null
          ? t('backupRestore.confirm.never')
          : format.date(summary.lastChangeAt, { dateStyle: 'medium', timeStyle: 'short' });
      case 'schemaVersion':
        return format.number(summary.schemaVersion);
      case 'sizeBytes':
        return format.bytes(summary.sizeBytes);
      case 'organisations':
      case 'producers':
      case 'plots':
      case 'plans':
      case 'layers':
        return format.number(summary.counts[row]);
      default: {
        const never: never = row;
        throw new Error(`Unknown comparison row ${String(never)}`);
      }
    }
  };
  return (
    <table className="data-table restore-comparison" data-testid="restore-comparison">
      <caption className="visually-hidden">{t('backupRestore.confirm.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('backupRestore.confirm.item')}</th>
          <th scope="col" className="cell-number">
            {t('backupRestore.confirm.current')}
          </th>
          <th scope="col" className="cell-number">
            {t('backupRestore.confirm.backup')}
          </th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => {
          const current = cell(inspection.current, row);
          const backup = cell(inspection.backup, row);
          return (
            <tr key={row} data-testid={`restore-row-${row}`} className={current === backup ? undefined : 'differs'}>
              <th scope="row">{t(`backupRestore.confirm.rows.${row}`)}</th>
              <td className="cell-number" data-testid="current">
                {current}
              </td>
              <td className="cell-number" data-testid="backup">
                {backup}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
