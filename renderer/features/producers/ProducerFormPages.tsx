import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CafetalApi } from '../../../shared/api/client-types.js';
import type { Organisation } from '../../../shared/domain/organisation.js';
import type { Producer } from '../../../shared/domain/producer.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { navigate, producersHref } from './producer-routes.js';
import { ProducerForm } from './ProducerForm.js';

type OnSaved = (producer: Producer, created: boolean) => void;

/** `#/productores/nuevo`: a new family in the active organisation. */
export function ProducerNewPage({ organisation, onSaved }: { organisation: Organisation; onSaved: OnSaved }) {
  const { t } = useTranslation();
  return (
    <section className="producer-form-page" aria-labelledby="producer-form-heading">
      <a className="back-link" href={producersHref.list}>
        {t('producerPage.back', { organisation: organisation.name })}
      </a>
      <h2 id="producer-form-heading">{t('producerForm.createTitle', { organisation: organisation.name })}</h2>
      <ProducerForm
        organisationId={organisation.id}
        cancelHref={producersHref.list}
        onSaved={(producer, another) => {
          onSaved(producer, true);
          if (!another) navigate(producersHref.producer(producer.id));
        }}
      />
    </section>
  );
}

/** `#/productores/<id>/editar`. */
export function ProducerEditPage({ producerId, onSaved }: { producerId: string; onSaved: OnSaved }) {
  const { t } = useTranslation();
  const load = useCallback((api: CafetalApi) => api.producers.get({ id: producerId }), [producerId]);
  const query = useApiQuery(load);
  if (query.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (query.status === 'error') return <ErrorNotice error={query.error} />;
  const producer = query.data;
  return (
    <section className="producer-form-page" aria-labelledby="producer-form-heading">
      <a className="back-link" href={producersHref.producer(producer.id)}>
        {t('producerForm.backToProducer', { name: producer.names })}
      </a>
      <h2 id="producer-form-heading">{t('producerForm.editTitle', { name: producer.names })}</h2>
      <ProducerForm
        // Remount when the record changes, so the form starts from the saved values.
        key={producer.updatedAt}
        organisationId={producer.organisationId}
        producer={producer}
        cancelHref={producersHref.producer(producer.id)}
        onSaved={(saved) => {
          onSaved(saved, false);
          navigate(producersHref.producer(saved.id));
        }}
      />
    </section>
  );
}
