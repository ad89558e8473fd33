import './organisations.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../shared/domain/organisation.js';
import { useActiveOrganisation } from '../../shell/active-organisation.js';
import { OrganisationForm } from './OrganisationForm.js';
import { OrganisationList } from './OrganisationList.js';

/** Organisations management (`#/productores/organizaciones`): the list, and a form to register or edit one. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const { organisationId, setOrganisationId } = useActiveOrganisation();
  const [editing, setEditing] = useState<Organisation | null>(null);
  // One live region for the page, so a save or delete is announced once.
  const [announcement, setAnnouncement] = useState('');

  function saved(organisation: Organisation, created: boolean): void {
    setEditing(null);
    setAnnouncement(
      t(created ? 'organisations.form.created' : 'organisations.form.updated', { name: organisation.name }),
    );
    // The first organisation is the one the user works for: nothing to choose yet.
    if (created && organisationId === null) {
      setOrganisationId(organisation.id).catch(() => {
        // The header selector still offers it; nothing is lost.
      });
    }
  }
  function deleted(organisation: Organisation): void {
    if (editing?.id === organisation.id) setEditing(null);
    setAnnouncement(t('organisations.deleted', { name: organisation.name }));
  }

  return (
    <section className="page-section" aria-labelledby="organisations-heading" data-testid="organisations-view">
      <h2 id="organisations-heading">{t('organisations.title')}</h2>
      <p className="page-intro">{t('organisations.intro')}</p>
      {/* Always in the DOM: a live region that appears with its text is often not announced. */}
      <div role="status" data-testid="organisations-status">
        {announcement !== '' && <p className="notice notice-success">{announcement}</p>}
      </div>
      <div className="two-columns organisations-columns">
        <OrganisationList onDeleted={deleted} onEdit={setEditing} />
        <OrganisationForm
          // A new key per organisation resets the form's values when another one is chosen.
          key={editing?.id ?? 'new'}
          organisation={editing ?? undefined}
          onSaved={saved}
          onCancel={editing ? () => setEditing(null) : undefined}
        />
      </div>
    </section>
  );
}
