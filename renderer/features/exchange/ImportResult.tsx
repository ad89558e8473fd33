import { useTranslation } from 'react-i18next';
import type { PackageReport } from '../../../shared/api/exchange.js';
import { useFormat } from '../../i18n/use-format.js';
import { exchangeHref } from './exchange-routes.js';
import { PackageReportView } from './PackageReportView.js';

/** After an import: how many changes were merged, the conflicts left (with the way to them) and the full report. */
export function ImportResult({ report }: { report: PackageReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const conflicts = report.conflicts.length;
  return (
    <div className="exchange-result" data-testid="exchange-import-result">
      <div className="notice notice-success" role="status">
        <p className="notice-summary">{t('exchange.import.resultTitle', { fileName: report.fileName })}</p>
        <p>
          {t('exchange.import.resultSummary', { applied: format.number(report.entries - report.alreadyHad) })}
          {conflicts > 0 && (
            <>
              {' '}
              {t('exchange.import.resultConflicts', { count: conflicts, n: format.number(conflicts) })}{' '}
              <a href={exchangeHref.conflicts} data-testid="exchange-result-conflicts">
                {t('exchange.thisLaptop.reviewConflicts')}
              </a>
            </>
          )}
        </p>
      </div>
      <PackageReportView report={report} />
    </div>
  );
}
