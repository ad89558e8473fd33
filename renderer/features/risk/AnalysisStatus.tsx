import { useTranslation } from 'react-i18next';
import type { RiskStatus } from '../../../shared/api/risk.js';
import { useFormat } from '../../i18n/use-format.js';

/** The status in words: how many plots are up to date, stale or never analysed, and since when. */
export function AnalysisStatus({ status }: { status: RiskStatus }) {
  const { t } = useTranslation();
  const format = useFormat();
  const state =
    status.plots === 0
      ? 'empty'
      : status.upToDate === status.plots
        ? 'upToDate'
        : status.missing === status.plots
          ? 'never'
          : 'pending';
  const count = (value: number) => format.number(value);
  return (
    <div
      className="risk-status"
      data-testid="risk-status"
      data-state={state}
      data-plots={status.plots}
      data-up-to-date={status.upToDate}
      data-stale={status.stale}
      data-missing={status.missing}
    >
      <p className="risk-status-headline" data-testid="risk-status-text">
        {state === 'empty' && t('riskDashboard.status.empty')}
        {state === 'upToDate' &&
          t('riskDashboard.status.allUpToDate', { count: status.plots, total: count(status.plots) })}
        {state === 'never' &&
          t('riskDashboard.status.neverAnalysed', { count: status.plots, total: count(status.plots) })}
        {state === 'pending' &&
          t('riskDashboard.status.pending', {
            count: status.stale + status.missing,
            total: count(status.stale + status.missing),
          })}
      </p>
      {status.plots > 0 && (
        <ul className="risk-status-counts">
          <li data-testid="risk-status-up-to-date">
            <span className="status-dot status-ok" aria-hidden="true" />
            {t('riskDashboard.status.upToDate', { count: status.upToDate, total: count(status.upToDate) })}
          </li>
          <li data-testid="risk-status-stale">
            <span className="status-dot status-stale" aria-hidden="true" />
            {t('riskDashboard.status.stale', { count: status.stale, total: count(status.stale) })}
          </li>
          <li data-testid="risk-status-missing">
            <span className="status-dot status-missing" aria-hidden="true" />
            {t('riskDashboard.status.missing', { count: status.missing, total: count(status.missing) })}
          </li>
        </ul>
      )}
      {status.lastAnalysedAt !== null && (
        <p className="muted risk-status-when">
          {t('riskDashboard.status.lastAnalysed', { date: format.date(status.lastAnalysedAt) })}
        </p>
      )}
    </div>
  );
}
