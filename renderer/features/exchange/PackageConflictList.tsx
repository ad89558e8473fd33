import { useTranslation } from 'react-i18next';
import type { RowConflict } from '../../../shared/api/exchange.js';
import { useExchangeLabels } from './use-exchange-labels.js';

/** The conflicts a package would open (or opened): which row, which fields; the values are for the review screen. */
export function PackageConflictList({ conflicts, applied }: { conflicts: readonly RowConflict[]; applied: boolean }) {
  const { t } = useTranslation();
  const labels = useExchangeLabels(null);
  if (conflicts.length === 0) return null;
  return (
    <div className="exchange-report-conflicts" data-testid="exchange-report-conflicts">
      <h4>{applied ? t('exchange.report.conflictsTitleApplied') : t('exchange.report.conflictsTitle')}</h4>
      <p className="field-hint">{t('exchange.report.conflictsHint')}</p>
      <ul>
        {conflicts.map((conflict) => (
          <li key={`${conflict.table}/${conflict.rowId}`} data-testid="exchange-report-conflict">
            {t('exchange.report.conflictLine', {
              label: conflict.label,
              table: labels.table(conflict.table),
              fields: conflict.fields.map((field) => labels.field(field.field)).join(', '),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
