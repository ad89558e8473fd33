import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importVerdicts } from '../../../shared/domain/import.js';
import type { ImportVerdict } from '../../../shared/domain/import.js';
import { importReportCsv } from '../../../shared/import/report-csv.js';
import { useFormat } from '../../i18n/use-format.js';
import { downloadBlob } from '../export/download-file.js';
import { useReasonText } from './use-reason-text.js';
import type { PreviewResult } from './use-import-preview.js';
import { VerdictLegend } from './VerdictLegend.js';
import { VerdictTable } from './VerdictTable.js';

type Filter = ImportVerdict | 'all';

const reportColumns = [
  'feature',
  'layer',
  'plot',
  'verdict',
  'producerCode',
  'producer',
  'areaHa',
  'reasonCodes',
  'reasons',
] as const;

/**
 * Step 6: what the import will do to each feature and why, filtered by
 * verdict, and the same as a CSV report to keep or send to the technician
 * who drew the plots.
 */
export function ReviewStep({ result, fileName }: { result: PreviewResult; fileName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reasonText = useReasonText();
  const [filter, setFilter] = useState<Filter>('all');
  const [selectedRow, setSelectedRow] = useState<number | null>(null);
  const rows = useMemo(() => {
    const positions: number[] = [];
    result.verdicts.forEach((verdict, row) => {
      if (filter === 'all' || verdict.verdict === filter) positions.push(row);
    });
    return positions;
  }, [result, filter]);

  function saveReport(): void {
    const headers = reportColumns.map((column) => t(`importWizard.report.${column}`));
    const csv = importReportCsv(result.verdicts, reasonText, headers);
    const baseName = fileName.replace(/\.[^.]+$/, '');
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), t('importWizard.report.fileName', { baseName }));
  }

  const filters: Filter[] = ['all', ...importVerdicts];
  return (
    <section className="import-step" aria-labelledby="import-step-heading">
      <h2 id="import-step-heading">{t('importWizard.review.title')}</h2>
      <VerdictLegend counts={result.counts} />
      <div className="review-toolbar">
        <div className="segmented" role="radiogroup" aria-label={t('importWizard.review.filterLabel')}>
          {filters.map((value) => (
            <label key={value} className="segment" data-active={filter === value}>
              <input
                type="radio"
                name="verdict-filter"
                value={value}
                checked={filter === value}
                onChange={() => setFilter(value)}
                data-testid={`import-filter-${value}`}
              />
              {value === 'all' ? t('importWizard.review.all') : t(`importWizard.verdicts.${value}`)}
            </label>
          ))}
        </div>
        <button type="button" className="button" onClick={saveReport} data-testid="import-save-report">
          {t('importWizard.review.saveReport')}
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="empty-state" data-testid="import-review-empty">
          {t('importWizard.review.noneWithVerdict')}
        </p>
      ) : (
        <VerdictTable
          verdicts={result.verdicts}
          rows={rows}
          selectedRow={selectedRow}
          onSelect={setSelectedRow}
          showReasons
          caption={t('importWizard.review.tableCaption', { count: rows.length, total: format.number(rows.length) })}
        />
      )}
    </section>
  );
}
