import './climate-settings.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { ClimateModelForm } from './ClimateModelForm.js';
import type { ClimateNotice } from './ClimateModelForm.js';
import { loadSettings } from './settings-queries.js';

/**
 * Settings › Climate model: lapse rate, scenario warming, reference stations
 * and level thresholds, each default shown with its source.
 */
export function ClimateModelSettings() {
  const { t } = useTranslation();
  const settings = useApiQuery(loadSettings);
  const [notice, setNotice] = useState<ClimateNotice>(null);
  return (
    <section className="card" aria-labelledby="climate-model-heading" data-testid="climate-model-settings">
      <h2 id="climate-model-heading">{t('climateSettings.title')}</h2>
      <p className="field-hint">{t('climateSettings.intro')}</p>
      {settings.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {settings.status === 'error' && <ErrorNotice error={settings.error} />}
      {settings.status === 'ready' && (
        // Keyed by the saved model: after a save or a restore the fields show what the core stored.
        <ClimateModelForm
          key={JSON.stringify(settings.data.climateModel)}
          saved={settings.data.climateModel}
          notice={notice}
          onNotice={setNotice}
        />
      )}
    </section>
  );
}
