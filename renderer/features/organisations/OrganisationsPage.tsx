import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../shared/domain/organisation.js';
import { OrganisationForm } from './OrganisationForm.js';
import { OrganisationList } from './OrganisationList.js';

/** "Productores": the organisations now; producers and plots arrive in a later issue. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  // One live region for the page, so a create or delete is announced once.
  const [announcement, setAnnouncement] = useState('');
  const announceCreated = (organisation: Organisation) =>
    setAnnouncement(t('organisations.form.created', { name: organisation.name }));
  const announceDeleted = (organisation: Organisation) =>
    setAnnouncement(t('organisations.deleted', { name: organisation.name }));

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('producers.title')}</h1>
      </header>
      <section className="page-section" aria-labelledby="organisations-heading">
        <h2 id="organisations-heading">{t('organisations.title')}</h2>
        <p className="page-intro">{t('organisations.intro')}</p>
        {/* Always in the DOM: a live region that appears with its text is often not announced. */}
        <div role="status" data-testid="organisations-status">
          {announcement !== '' && <p className="notice notice-success">{announcement}</p>}
        </div>
        <div className="two-columns">
          <OrganisationList onDeleted={announceDeleted} />
          <OrganisationForm onCreated={announceCreated} />
        </div>
      </section>
      <section className="page-section" aria-labelledby="producers-heading">
        <h2 id="producers-heading">{t('producers.sectionTitle')}</h2>
        <p className="empty-state" data-testid="producers-empty">
          {t('producers.empty')}
        </p>
      </section>
    </div>
  );
}
