import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../shared/domain/organisation.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { assertNever } from '../../lib/assert-never.js';
import { useActiveOrganisation } from '../../shell/active-organisation.js';
import { loadOrganisations } from './organisations-queries.js';
import { OrganisationRow } from './OrganisationRow.js';

interface OrganisationListProps {
  readonly onDeleted: (organisation: Organisation) => void;
  readonly onEdit: (organisation: Organisation) => void;
}

export function OrganisationList({ onDeleted, onEdit }: OrganisationListProps) {
  const { t } = useTranslation();
  const organisations = useApiQuery(loadOrganisations);
  const { organisationId } = useActiveOrganisation();

  switch (organisations.status) {
    case 'loading':
      return <p className="muted">{t('organisations.loading')}</p>;
    case 'error':
      return <ErrorNotice error={organisations.error} />;
    case 'ready':
      if (organisations.data.length === 0) {
        return (
          <p className="empty-state" data-testid="organisations-empty">
            {t('organisations.empty')}
          </p>
        );
      }
      return (
        <table className="data-table" data-testid="organisations-table">
          <caption className="visually-hidden">{t('organisations.listLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organisations.columns.name')}</th>
              <th scope="col">{t('organisations.columns.typeAndPlace')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('organisations.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {organisations.data.map((organisation) => (
              <OrganisationRow
                key={organisation.id}
                organisation={organisation}
                active={organisation.id === organisationId}
                onDeleted={onDeleted}
                onEdit={onEdit}
              />
            ))}
          </tbody>
        </table>
      );
    default:
      return assertNever(organisations, 'query state');
  }
}
