import './methodology.css';
import { useTranslation } from 'react-i18next';
import { defaultClimateModelParams } from '../../../shared/climate/model-params.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { loadSettings } from '../settings/settings-queries.js';
import { MethodologyExample } from './MethodologyExample.js';
import { MethodologyHazards } from './MethodologyHazards.js';
import { MethodologyScenarios } from './MethodologyScenarios.js';
import { MethodologySources } from './MethodologySources.js';
import { MethodologyTemperature } from './MethodologyTemperature.js';
import { MethodologyThresholds } from './MethodologyThresholds.js';

/**
 * How the built-in climate model works, rendered from climate-model.json
 * (rules, sources) and the organisation's current settings (the values in
 * use), so what it says is what the model does.
 */
export function MethodologyPage() {
  const { t } = useTranslation();
  const settings = useApiQuery(loadSettings);
  if (settings.status === 'loading') return <p className="muted">{t('methodology.loading')}</p>;
  // Without settings the page still explains the model, with its defaults.
  const params = settings.status === 'ready' ? settings.data.climateModel : defaultClimateModelParams;
  return (
    <article className="methodology" data-testid="methodology">
      <h2>{t('methodology.title')}</h2>
      {settings.status === 'error' && <ErrorNotice error={settings.error} />}
      <p className="page-intro">{t('methodology.intro')}</p>
      <MethodologyTemperature params={params} />
      <MethodologyScenarios params={params} />
      <MethodologyHazards params={params} />
      <MethodologyThresholds params={params} />
      <MethodologyExample params={params} />
      <MethodologySources />
    </article>
  );
}
