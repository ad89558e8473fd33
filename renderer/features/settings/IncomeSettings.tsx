import './climate-settings.css';
import './income-settings.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { IncomeSettingsForm } from './IncomeSettingsForm.js';
import type { IncomeNotice } from './IncomeSettingsForm.js';
import { loadSettings } from './settings-queries.js';

/**
 * Settings › Living income and prices: the living-income benchmark, poverty
 * line, farm-gate price, production cost, default yield, jornal and credit
 * used by family plans, each default shown with its source.
 */
export function IncomeSettings() {
  const { t } = useTranslation();
  const settings = useApiQuery(loadSettings);
  const [notice, setNotice] = useState<IncomeNotice>(null);
  return (
    <section className="card" aria-labelledby="income-settings-heading" data-testid="income-settings">
      <h2 id="income-settings-heading">{t('incomeSettings.title')}</h2>
      <p className="field-hint">{t('incomeSettings.intro')}</p>
      {settings.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {settings.status === 'error' && <ErrorNotice error={settings.error} />}
      {settings.status === 'ready' && (
        // Keyed by the saved values: after a save or a restore the fields show what the core stored.
        <IncomeSettingsForm
          key={JSON.stringify(settings.data.income)}
          saved={settings.data.income}
          notice={notice}
          onNotice={setNotice}
        />
      )}
    </section>
  );
}
