import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { BackupsPanel } from './BackupsPanel.js';
import { BackupsToKeepSetting } from './BackupsToKeepSetting.js';
import { BackupIntervalSetting } from './backups/BackupIntervalSetting.js';
import { ClimateModelSettings } from './ClimateModelSettings.js';
import { DataLocation } from './DataLocation.js';
import { IncomeSettings } from './IncomeSettings.js';
import { LanguageSetting } from './LanguageSetting.js';
import { loadSettings } from './settings-queries.js';

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useApiQuery(loadSettings);
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('settings.title')}</h1>
      </header>
      <div className="settings-stack">
        <LanguageSetting />
        <section className="card" aria-labelledby="backups-heading">
          <h2 id="backups-heading">{t('backups.title')}</h2>
          {settings.status === 'ready' && <BackupsToKeepSetting saved={settings.data.backupsToKeep} />}
          {settings.status === 'ready' && <BackupIntervalSetting saved={settings.data.backupIntervalHours} />}
          {settings.status === 'error' && <ErrorNotice error={settings.error} />}
          <BackupsPanel />
        </section>
        <ClimateModelSettings />
        <IncomeSettings />
        <section className="card" aria-labelledby="data-heading">
          <h2 id="data-heading">{t('settings.data.title')}</h2>
          <DataLocation />
        </section>
      </div>
    </div>
  );
}
