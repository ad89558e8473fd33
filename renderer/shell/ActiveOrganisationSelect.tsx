import './active-organisation.css';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { useActiveOrganisation } from './active-organisation.js';

/** Where organisations are managed; the "create one" guides point here. */
export const ORGANISATIONS_HREF = '#/productores/organizaciones';

/**
 * Always visible in the header: which organisation's data every screen shows.
 * With no organisation yet, it becomes a link to register one.
 */
export function ActiveOrganisationSelect() {
  const { t } = useTranslation();
  const id = useId();
  const { organisationId, organisations, status, setOrganisationId } = useActiveOrganisation();
  const [error, setError] = useState<unknown>(null);

  if (status === 'loading') return null;
  if (organisations.length === 0) {
    return (
      <div className="active-organisation">
        <a className="active-organisation-create" href={ORGANISATIONS_HREF} data-testid="active-organisation-create">
          {t('activeOrganisation.create')}
        </a>
      </div>
    );
  }

  function choose(value: string): void {
    setError(null);
    setOrganisationId(value === '' ? null : value).catch(setError);
  }

  return (
    <div className="active-organisation">
      <label htmlFor={id}>{t('activeOrganisation.label')}</label>
      <select
        id={id}
        data-testid="active-organisation-select"
        value={organisationId ?? ''}
        onChange={(event) => choose(event.target.value)}
      >
        {organisationId === null && <option value="">{t('activeOrganisation.none')}</option>}
        {organisations.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </select>
      {error !== null && (
        <div className="active-organisation-error">
          <ErrorNotice error={error} />
        </div>
      )}
    </div>
  );
}
