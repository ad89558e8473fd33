import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { loadSystemInfo } from '../../shell/system-info.js';

/** Where the data lives, so a technician can find it for a manual copy. */
export function DataLocation() {
  const { t } = useTranslation();
  const info = useApiQuery(loadSystemInfo);
  if (info.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (info.status === 'error') return <ErrorNotice error={info.error} />;
  const rows = [
    ['dataDir', t('settings.data.dataDir'), info.data.dataDir],
    ['dbPath', t('settings.data.dbPath'), info.data.dbPath],
    ['appVersion', t('settings.data.appVersion'), info.data.appVersion],
    ['sqlite', t('settings.data.sqlite'), info.data.sqliteVersion],
  ] as const;
  return (
    <dl className="facts">
      {rows.map(([key, label, value]) => (
        <div key={key} className="fact">
          <dt>{label}</dt>
          <dd>
            <code data-testid={`settings-${key}`}>{value}</code>
          </dd>
        </div>
      ))}
    </dl>
  );
}
