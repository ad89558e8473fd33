import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query.js';
import { useFormat } from '../i18n/use-format.js';
import { TourButton } from '../features/workshop/tour/TourButton.js';
import { loadSystemInfo } from './system-info.js';
import { useOnlineStatus } from './use-online-status.js';

/** Where the data lives and whether the network is there (it is never needed). */
export function StatusBar() {
  const { t } = useTranslation();
  const format = useFormat();
  const online = useOnlineStatus();
  const info = useApiQuery(loadSystemInfo);

  return (
    <footer className="status-bar" aria-label={t('status.label')} data-testid="status-bar">
      {info.status === 'ready' ? (
        <>
          <span className="status-item status-path" data-testid="status-db-path" title={info.data.dbPath}>
            <span className="status-key">{t('status.database')}:</span> {info.data.dbPath}
          </span>
          <span className="status-item" data-testid="status-schema">
            <span className="status-key">{t('status.schema')}:</span> v{format.number(info.data.schemaVersion)}
          </span>
          <span className="status-item" data-testid="status-counts">
            <span className="status-key">{t('status.counts')}:</span> {t('status.organisations')}{' '}
            {format.number(info.data.counts.organisations)} · {t('status.producers')}{' '}
            {format.number(info.data.counts.producers)} · {t('status.plots')} {format.number(info.data.counts.plots)}
          </span>
        </>
      ) : (
        <span className="status-item" data-testid="status-db-path">
          {info.status === 'loading' ? t('app.loading') : t('status.unavailable')}
        </span>
      )}
      {/* role=status: screen readers announce the change when the network comes or goes. */}
      <span
        className={`status-item status-online ${online ? 'is-online' : 'is-offline'}`}
        role="status"
        data-testid="status-online"
        data-online={online ? 'true' : 'false'}
      >
        <span className="status-dot" aria-hidden="true" />
        {online ? t('status.online') : t('status.offline')}
      </span>
      <TourButton />
    </footer>
  );
}
