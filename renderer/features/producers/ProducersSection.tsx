import './producers.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Producer } from '../../../shared/domain/producer.js';
import { assertNever } from '../../lib/assert-never.js';
import { useActiveOrganisation } from '../../shell/active-organisation.js';
import { ExportPanel } from '../export/ExportPanel.js';
import { ImportWizard } from '../import/ImportWizard.js';
import { OrganisationsPage } from '../organisations/OrganisationsPage.js';
import { NeedsOrganisation } from './NeedsOrganisation.js';
import { ProducerEditPage, ProducerNewPage } from './ProducerFormPages.js';
import { ProducerPage } from './ProducerPage.js';
import { producersHref, useProducersRoute } from './producer-routes.js';
import type { ProducersRoute } from './producer-routes.js';
import { defaultSort } from './producers-table-model.js';
import { SectionNotice } from './SectionNotice.js';
import type { Notice } from './SectionNotice.js';
import { ProducersView } from './ProducersView.js';

/**
 * *Productores*: the active organisation's families by default, with
 * organisations management one tab away. The search, the sort and the last
 * notice (with its "Deshacer") live here, so they survive opening a family and coming back.
 */
export function ProducersSection() {
  const { t } = useTranslation();
  const route = useProducersRoute();
  const { organisation, organisations, status } = useActiveOrganisation();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState(defaultSort);
  const [notice, setNotice] = useState<Notice | null>(null);
  const onSaved = (producer: Producer, created: boolean): void =>
    setNotice({ kind: created ? 'created' : 'updated', producer });
  const onRemoved = (producer: Producer): void => setNotice({ kind: 'removed', producer });

  function view(current: ProducersRoute) {
    switch (current.view) {
      case 'organisations':
        return <OrganisationsPage />;
      case 'import':
        return <ImportWizard />;
      case 'export':
        return <ExportPanel />;
      case 'producer':
        return <ProducerPage producerId={current.producerId} onRemoved={onRemoved} />;
      case 'edit':
        return <ProducerEditPage producerId={current.producerId} onSaved={onSaved} />;
      case 'new':
      case 'list':
        if (status === 'loading') return <p className="muted">{t('app.loading')}</p>;
        if (!organisation) return <NeedsOrganisation hasOrganisations={organisations.length > 0} />;
        return current.view === 'new' ? (
          <ProducerNewPage organisation={organisation} onSaved={onSaved} />
        ) : (
          <ProducersView
            organisation={organisation}
            search={search}
            onSearch={setSearch}
            sort={sort}
            onSort={setSort}
          />
        );
      default:
        return assertNever(current, 'producers route');
    }
  }

  // Families is the tab of the list and of a family's pages; the others are their own view.
  const tab =
    route.view === 'organisations' || route.view === 'import' || route.view === 'export' ? route.view : 'families';
  const current = (name: typeof tab) => (tab === name ? 'page' : undefined);
  return (
    <div className="page producers-page" data-view={route.view}>
      <header className="page-header">
        <h1>{t('producerSection.title')}</h1>
      </header>
      <nav className="subnav" aria-label={t('producerSection.tabsLabel')}>
        <a
          href={producersHref.list}
          className="subnav-link"
          data-testid="producers-tab-families"
          aria-current={current('families')}
        >
          {t('producerSection.families')}
        </a>
        <a
          href={producersHref.organisations}
          className="subnav-link"
          data-testid="producers-tab-organisations"
          aria-current={current('organisations')}
        >
          {t('producerSection.organisations')}
        </a>
        <a
          href={producersHref.import}
          className="subnav-link"
          data-testid="producers-tab-import"
          aria-current={current('import')}
        >
          {t('importWizard.tab')}
        </a>
        <a
          href={producersHref.export}
          className="subnav-link"
          data-testid="producers-tab-export"
          aria-current={current('export')}
        >
          {t('exportPanel.tab')}
        </a>
      </nav>
      <SectionNotice notice={notice} onChange={setNotice} />
      {view(route)}
    </div>
  );
}
