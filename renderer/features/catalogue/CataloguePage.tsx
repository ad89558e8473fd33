import './catalogue.css';
import { useTranslation } from 'react-i18next';
import { useActiveOrganisation } from '../../shell/active-organisation.js';
import { NeedsOrganisation } from '../producers/NeedsOrganisation.js';
import { CatalogueView } from './CatalogueView.js';

/**
 * `#/planes/catalogo`: the catalogue of adaptation and sustainable-management
 * measures the plans are made of, the shipped ones and the organisation's own.
 * No props: the plans section routes here as is.
 */
export function CataloguePage() {
  const { t } = useTranslation();
  const { organisation, organisations, status } = useActiveOrganisation();
  if (status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (!organisation) return <NeedsOrganisation hasOrganisations={organisations.length > 0} />;
  // key: another organisation starts with its own catalogue and a closed form.
  return <CatalogueView key={organisation.id} organisationId={organisation.id} />;
}
