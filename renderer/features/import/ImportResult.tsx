import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.js';
import { hrefFor } from '../../shell/routes.js';
import { producersHref } from '../producers/producer-routes.js';
import type { CommitResult } from './use-import-commit.js';

/** How the import ended, with the way to the plots on the map and to the families. */
export function ImportResult({ result, onAnother }: { result: CommitResult; onAnother: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { counts } = result;
  const count = (value: number) => ({ count: value, total: format.number(value) });
  const saved = counts.imported + counts.warnings;
  return (
    <section className="import-step import-narrow" aria-labelledby="import-result-heading" data-testid="import-result">
      <h2 id="import-result-heading">{t('importWizard.result.title')}</h2>
      <p className="notice notice-success" role="status" data-testid="import-result-saved" data-count={saved}>
        {t('importWizard.result.saved', count(saved))}
      </p>
      <ul className="import-facts">
        {counts.warnings > 0 && <li>{t('importWizard.result.withWarnings', count(counts.warnings))}</li>}
        {counts.rejected > 0 && <li>{t('importWizard.result.rejected', count(counts.rejected))}</li>}
        {counts.unchanged > 0 && <li>{t('importWizard.result.unchanged', count(counts.unchanged))}</li>}
        <li data-testid="import-result-producers">
          {t('importWizard.result.producersCreated', count(result.producersCreated))}
        </li>
        <li className="muted">{t('importWizard.result.crs', { name: result.crs.name })}</li>
      </ul>
      <div className="import-actions">
        <a className="button button-primary" href={hrefFor('mapa')} data-testid="import-result-map-link">
          {t('importWizard.result.seeOnMap')}
        </a>
        <a className="button" href={producersHref.list} data-testid="import-result-producers-link">
          {t('importWizard.result.seeProducers')}
        </a>
        <button type="button" className="button" onClick={onAnother} data-testid="import-another">
          {t('importWizard.result.another')}
        </button>
      </div>
    </section>
  );
}
