import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { BackupsPanel } from './BackupsPanel.js';
import { WholeNumberSetting } from './WholeNumberSetting.js';
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
          {settings.status === 'ready' && (
            <>
              {/* How many automatic backups to keep, and how often one is made while the app runs. */}
              <WholeNumberSetting
                settingKey="backupsToKeep"
                saved={settings.data.backupsToKeep}
                min={1}
                max={60}
                text={{
                  label: t('settings.backupsToKeep.label'),
                  hint: t('settings.backupsToKeep.hint'),
                  save: t('settings.backupsToKeep.save'),
                  saved: t('settings.backupsToKeep.saved'),
                }}
                testIds={{ input: 'settings-backups-to-keep', save: 'settings-backups-save' }}
              />
              <WholeNumberSetting
                settingKey="backupIntervalHours"
                saved={settings.data.backupIntervalHours}
                min={1}
                max={24}
                text={{
                  label: t('backupRestore.interval.label'),
                  hint: t('backupRestore.interval.hint'),
                  save: t('backupRestore.interval.save'),
                  saved: t('backupRestore.interval.saved'),
                }}
                testIds={{ input: 'settings-backup-interval', save: 'settings-interval-save' }}
              />
            </>
          )}
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
