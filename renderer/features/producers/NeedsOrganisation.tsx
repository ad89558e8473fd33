import { useTranslation } from 'react-i18next';
import { producersHref } from './producer-routes.js';

/** Families belong to an organisation: say which step comes first. */
export function NeedsOrganisation({ hasOrganisations }: { hasOrganisations: boolean }) {
  const { t } = useTranslation();
  return hasOrganisations ? (
    <div className="empty-state guide" data-testid="producers-choose-organisation">
      <p>{t('producerSection.chooseOrganisation')}</p>
    </div>
  ) : (
    <div className="empty-state guide" data-testid="producers-no-organisation">
      <p>{t('producerSection.noOrganisation')}</p>
      <a
        className="button button-primary"
        href={producersHref.organisations}
        data-testid="producers-create-organisation"
      >
        {t('producerSection.createOrganisation')}
      </a>
    </div>
  );
}
