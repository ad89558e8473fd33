import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CafetalApi } from '../../../shared/api/client-types.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';

interface DefaultProducerChoiceProps {
  readonly organisationId: string;
  readonly value: string | null;
  readonly onChange: (producerId: string | null) => void;
}

/** The existing producer every feature of the file goes to (`defaultProducerId`). */
export function DefaultProducerChoice({ organisationId, value, onChange }: DefaultProducerChoiceProps) {
  const { t } = useTranslation();
  const id = useId();
  const load = useCallback((api: CafetalApi) => api.producers.list({ organisationId }), [organisationId]);
  const producers = useApiQuery(load);
  if (producers.status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (producers.status === 'error') return <ErrorNotice error={producers.error} />;
  if (producers.data.length === 0) {
    return (
      <p className="notice" data-testid="import-no-producers">
        {t('importWizard.mapping.noProducers')}
      </p>
    );
  }
  return (
    <div className="field field-narrow">
      <label htmlFor={id}>{t('importWizard.mapping.whichProducer')}</label>
      <select
        id={id}
        data-testid="import-default-producer"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      >
        <option value="">{t('importWizard.mapping.chooseProducer')}</option>
        {producers.data.map((producer) => (
          <option key={producer.id} value={producer.id}>
            {producer.memberCode} · {producer.names}
          </option>
        ))}
      </select>
    </div>
  );
}
