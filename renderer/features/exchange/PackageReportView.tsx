import { useTranslation } from 'react-i18next';
import type { PackageReport } from '../../../shared/api/exchange.js';
import { useFormat } from '../../i18n/use-format.js';
import { PackageConflictList } from './PackageConflictList.js';
import { PackageTables } from './PackageTables.js';

/**
 * What a package brings (the preview, `applied` false) or brought: who sent
 * it, from which network, when, the counts per kind of data, the conflicts
 * and any raster files it lacks.
 */
export function PackageReportView({ report }: { report: PackageReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { sender } = report;
  const newEntries = report.entries - report.alreadyHad;
  return (
    <div className="exchange-report" data-testid="exchange-report" data-applied={report.applied}>
      <dl className="facts exchange-facts">
        <div className="fact">
          <dt>{t('exchange.report.sender')}</dt>
          <dd data-testid="exchange-report-sender">
            <strong>{sender.name}</strong> <code className="exchange-fingerprint">{sender.fingerprint}</code>{' '}
            {!sender.knownBefore && (
              <span className="exchange-badge exchange-badge-new">{t('exchange.report.newLaptop')}</span>
            )}
          </dd>
        </div>
        <div className="fact">
          <dt>{t('exchange.report.network')}</dt>
          <dd>{report.network?.name ?? t('exchange.report.noNetwork')}</dd>
        </div>
        <div className="fact">
          <dt>{t('exchange.report.createdAt')}</dt>
          <dd>{format.date(report.createdAt)}</dd>
        </div>
        <div className="fact">
          <dt>{t('exchange.report.entries')}</dt>
          <dd data-testid="exchange-report-entries">
            <span>{format.number(report.entries)}</span>
            <span aria-hidden="true">·</span>
            <span data-testid="exchange-report-already-had">
              {t('exchange.report.alreadyHad', { count: report.alreadyHad, n: format.number(report.alreadyHad) })}
            </span>
          </dd>
        </div>
      </dl>
      {!sender.knownBefore && !report.applied && (
        <p className="notice" role="note" data-testid="exchange-report-new-laptop">
          {t('exchange.report.newLaptopWarning', { name: sender.name, fingerprint: sender.fingerprint })}
        </p>
      )}
      {newEntries === 0 && (
        <p className="notice notice-summary" data-testid="exchange-report-nothing-new">
          {t('exchange.report.nothingNew')}
        </p>
      )}
      <PackageTables tables={report.tables} />
      <PackageConflictList conflicts={report.conflicts} applied={report.applied} />
      {report.rasterFiles.missing.length > 0 && (
        <div data-testid="exchange-report-missing-rasters">
          <h4>{t('exchange.report.missingRasters')}</h4>
          <p className="field-hint">{t('exchange.report.missingRastersHint')}</p>
          <ul>
            {report.rasterFiles.missing.map((name) => (
              <li key={name}>
                <code>{name}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
