import { useTranslation } from 'react-i18next';
import { modelSources } from '../../../shared/climate/model-provenance.js';

/** Every source climate-model.json cites, with its year (or "to verify"). */
export function MethodologySources() {
  const { t } = useTranslation();
  return (
    <section className="methodology-section">
      <h3>{t('methodology.sources.title')}</h3>
      <ul className="methodology-sources" data-testid="methodology-sources">
        {modelSources.map((source) => (
          <li key={source.id}>
            <strong>{source.id === 'cafetal' ? t('methodology.modelChoice') : source.short}</strong>
            {source.id === 'cafetal' ? null : (
              <>
                {' — '}
                {source.citation}
              </>
            )}
            {source.year === null && <span className="muted"> ({t('methodology.yearUnknown')})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
