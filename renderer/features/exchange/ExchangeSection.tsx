import './exchange.css';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useFormat } from '../../i18n/use-format.js';
import { assertNever } from '../../lib/assert-never.js';
import { ConflictsPage } from './ConflictsPage.js';
import { exchangeHref, useExchangeRoute } from './exchange-routes.js';
import type { ExchangeRoute } from './exchange-routes.js';
import { loadExchangeStatus } from './exchange-queries.js';
import { PackagesPage } from './PackagesPage.js';

/**
 * *Intercambio*: laptops share work by signed .cafetal packages on a USB
 * stick. Two views: the packages (this laptop, export, import) and the
 * conflicts left to settle. Both read `exchange.status`, reloaded after
 * every write.
 */
export function ExchangeSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const route = useExchangeRoute();
  const status = useApiQuery(loadExchangeStatus);
  const current = status.status === 'ready' ? status.data : null;

  function view(which: ExchangeRoute) {
    switch (which.view) {
      case 'packages':
        if (status.status === 'loading') return <p className="muted">{t('exchange.loading')}</p>;
        if (status.status === 'error') return <ErrorNotice error={status.error} />;
        return <PackagesPage status={status.data} />;
      case 'conflicts':
        return <ConflictsPage status={current} />;
      default:
        return assertNever(which, 'exchange route');
    }
  }

  const ariaCurrent = (view: ExchangeRoute['view']) => (route.view === view ? 'page' : undefined);
  return (
    <div className="page exchange-page" data-testid="section-intercambio" data-view={route.view}>
      <header className="page-header">
        <h1>{t('exchange.title')}</h1>
        <p className="page-intro">{t('exchange.intro')}</p>
      </header>
      <nav className="subnav" aria-label={t('exchange.tabsLabel')}>
        <a
          href={exchangeHref.packages}
          className="subnav-link"
          data-testid="exchange-tab-packages"
          aria-current={ariaCurrent('packages')}
        >
          {t('exchange.tabs.exchange')}
        </a>
        <a
          href={exchangeHref.conflicts}
          className="subnav-link"
          data-testid="exchange-tab-conflicts"
          aria-current={ariaCurrent('conflicts')}
        >
          {t('exchange.tabs.conflicts')}
          {current !== null && current.openConflicts > 0 && (
            <span className="exchange-tab-count" data-testid="exchange-tab-conflict-count">
              {format.number(current.openConflicts)}
            </span>
          )}
        </a>
      </nav>
      {view(route)}
    </div>
  );
}
