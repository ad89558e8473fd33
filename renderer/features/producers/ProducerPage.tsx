import { Suspense, lazy, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CafetalApi } from '../../../shared/api/client-types.js';
import type { Producer } from '../../../shared/domain/producer.js';
import { useApiContext } from '../../api/api-context.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { ErrorBoundary } from '../../components/ErrorBoundary.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useActiveOrganisation } from '../../shell/active-organisation.js';
import { IncomeProfileForm } from '../income/IncomeProfileForm.js';
import { ProducerFacts } from './ProducerFacts.js';
import { ProducerPlotsTable } from './ProducerPlotsTable.js';
import { navigate, producersHref } from './producer-routes.js';

// MapLibre is most of the bundle: only a family's page with its map loads it (shared with the Mapa chunk).
const ProducerPlotsMap = lazy(async () => ({ default: (await import('./ProducerPlotsMap.js')).ProducerPlotsMap }));

interface ProducerPageProps {
  readonly producerId: string;
  readonly onRemoved: (producer: Producer) => void;
}

/** `#/productores/<id>`: a family's data, its plots on a small map and in a table, and what can be done. */
export function ProducerPage({ producerId, onRemoved }: ProducerPageProps) {
  const { t } = useTranslation();
  const { api, invalidate } = useApiContext();
  const { organisations } = useActiveOrganisation();
  const loadProducer = useCallback((a: CafetalApi) => a.producers.get({ id: producerId }), [producerId]);
  const loadPlots = useCallback((a: CafetalApi) => a.plots.list({ producerId }), [producerId]);
  const producer = useApiQuery(loadProducer);
  const plots = useApiQuery(loadPlots);
  const [removing, setRemoving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (producer.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (producer.status === 'error') return <ErrorNotice error={producer.error} />;
  const family = producer.data;
  const organisation = organisations.find((candidate) => candidate.id === family.organisationId);

  async function remove(): Promise<void> {
    setRemoving(true);
    setError(null);
    try {
      const removed = await api.producers.remove({ id: family.id });
      onRemoved(removed);
      invalidate();
      navigate(producersHref.list);
    } catch (caught) {
      setError(caught);
      setRemoving(false);
    }
  }

  return (
    <article className="producer-page" aria-labelledby="producer-heading" data-testid="producer-page">
      <a className="back-link" href={producersHref.list}>
        {t('producerPage.back', { organisation: organisation?.name ?? t('producerSection.families') })}
      </a>
      <header className="producer-header">
        <div>
          <h2 id="producer-heading" data-testid="producer-names">
            {family.names}
          </h2>
          <p className="muted" data-testid="producer-subtitle">
            {t('producerPage.memberCode', { code: family.memberCode })}
            {organisation && ` · ${organisation.name}`}
          </p>
        </div>
        {family.deletedAt === null ? (
          <div className="producer-actions">
            <a className="button" href={producersHref.edit(family.id)} data-testid="producer-edit">
              {t('producerPage.edit')}
            </a>
            <a className="button" href={producersHref.mapOfProducer(family.id)} data-testid="producer-view-map">
              {t('producerPage.viewOnMap')}
            </a>
            <button
              type="button"
              className="button button-quiet"
              data-testid="producer-delete"
              disabled={removing}
              onClick={() => void remove()}
            >
              {t('producerPage.delete')}
            </button>
          </div>
        ) : (
          <p className="notice" data-testid="producer-deleted">
            {t('producerPage.deleted')}
          </p>
        )}
      </header>
      {error !== null && <ErrorNotice error={error} />}
      <div className="producer-columns">
        <ProducerFacts producer={family} />
        <section className="card producer-map-card" aria-labelledby="producer-map-heading">
          <h3 id="producer-map-heading">{t('producerPage.mapTitle')}</h3>
          <ErrorBoundary
            fallback={() => (
              <p className="notice notice-error" data-testid="producer-map-error">
                {t('map.webglError')}
              </p>
            )}
          >
            <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
              <ProducerPlotsMap producerId={family.id} />
            </Suspense>
          </ErrorBoundary>
        </section>
      </div>
      {plots.status === 'error' && <ErrorNotice error={plots.error} />}
      {plots.status === 'ready' && <ProducerPlotsTable plots={plots.data} />}
      <details className="card income-section" data-testid="producer-income">
        <summary>
          <h3>{t('income.sectionTitle')}</h3> <span className="muted">— {t('income.sectionSummary')}</span>
        </summary>
        <IncomeProfileForm producerId={family.id} />
      </details>
    </article>
  );
}
