import { useTranslation } from 'react-i18next';
import { exportSkipReasons } from '../../../shared/api/exports.js';
import type { ExportSkipReason } from '../../../shared/api/exports.js';
import type { ExportResult } from './use-export-job.js';

const skipReasons = exportSkipReasons;
type SkipReason = ExportSkipReason;
const isSkipReason = (reason: string): reason is SkipReason => (skipReasons as readonly string[]).includes(reason);

/** The plots an export left out, each with its reason in words (the code stays for support). */
export function ExportSkipped({ skipped }: { skipped: ExportResult['skipped'] }) {
  const { t } = useTranslation();
  if (skipped.length === 0) return null;
  return (
    <div className="export-skipped" data-testid="export-skipped">
      <h3>{t('exportPanel.skippedTitle', { count: skipped.length })}</h3>
      <div className="export-skipped-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('exportPanel.skippedPlot')}</th>
              <th scope="col">{t('exportPanel.skippedReason')}</th>
            </tr>
          </thead>
          <tbody>
            {skipped.map((skip) => (
              <tr key={`${skip.plotId}-${skip.reason}`} data-testid="export-skipped-row" data-reason={skip.reason}>
                <th scope="row">{skip.plotName || t('common.notSet')}</th>
                <td>{isSkipReason(skip.reason) ? t(`exportSkipped.${skip.reason}`) : skip.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
