import { useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CafetalApi } from '../../../shared/api/client-types.js';
import type { Organisation } from '../../../shared/domain/organisation.js';
import type { ProducerRow } from '../../../shared/domain/producer.js';
import { useApiQuery } from '../../api/use-api-query.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useFormat } from '../../i18n/use-format.js';
import { indexRows, producerCollator, visibleRows } from './producers-table-model.js';
import type { SortColumn, SortState } from './producers-table-model.js';
import { navigate, producersHref } from './producer-routes.js';
import { ProducersTable } from './ProducersTable.js';

interface ProducersViewProps {
  readonly organisation: Organisation;
  readonly search: string;
  readonly onSearch: (search: string) => void;
  readonly sort: SortState;
  readonly onSort: (sort: SortState) => void;
}

/** The active organisation's families: count, search, "new family", and the table. */
export function ProducersView({ organisation, search, onSearch, sort, onSort }: ProducersViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const searchId = useId();
  const organisationId = organisation.id;
  // The answer carries its organisation, so rows of the previously active one are never shown as this one's.
  const load = useCallback(
    async (api: CafetalApi) => ({ organisationId, rows: await api.producers.list({ organisationId }) }),
    [organisationId],
  );
  const query = useApiQuery(load);
  const all = query.status === 'ready' && query.data.organisationId === organisationId ? query.data.rows : null;
  const indexed = useMemo(() => (all ? indexRows(all) : []), [all]);
  const rows = useMemo(
    () => visibleRows(indexed, search, sort, producerCollator(format.locale)),
    [indexed, search, sort, format.locale],
  );

  const total = all?.length ?? 0;
  const totalText = format.number(total);
  const countText =
    rows.length === total
      ? t('producerList.count', { count: total, total: totalText })
      : t('producerList.filteredCount', { count: total, total: totalText, shown: format.number(rows.length) });
  const sortBy = (column: SortColumn): void =>
    onSort({ column, direction: sort.column === column && sort.direction === 'asc' ? 'desc' : 'asc' });
  const open = (row: ProducerRow): void => navigate(producersHref.producer(row.id));

  return (
    <section className="producers-view" aria-labelledby="producers-heading" data-testid="producers-view">
      <div className="producers-toolbar">
        <div>
          <h2 id="producers-heading">{t('producerList.title', { organisation: organisation.name })}</h2>
          {all && (
            <p className="producers-count" data-testid="producers-count" aria-live="polite">
              {countText}
            </p>
          )}
        </div>
        <div className="producers-search field">
          <label htmlFor={searchId}>{t('producerList.search')}</label>
          <input
            id={searchId}
            type="search"
            data-testid="producers-search"
            placeholder={t('producerList.searchPlaceholder')}
            value={search}
            onChange={(event) => onSearch(event.target.value)}
            autoComplete="off"
          />
        </div>
        <a className="button button-primary" href={producersHref.create} data-testid="producer-new">
          {t('producerList.new')}
        </a>
      </div>
      {query.status === 'error' && <ErrorNotice error={query.error} />}
      {all === null && query.status !== 'error' && <p className="muted">{t('producerList.loading')}</p>}
      {all !== null && total === 0 && (
        <p className="empty-state" data-testid="producers-empty">
          {t('producerList.empty', { organisation: organisation.name })}
        </p>
      )}
      {all !== null && total > 0 && rows.length === 0 && (
        <p className="empty-state" data-testid="producers-no-match">
          {t('producerList.noMatch', { query: search.trim() })}
        </p>
      )}
      {rows.length > 0 && (
        <ProducersTable
          rows={rows}
          sort={sort}
          onSort={sortBy}
          onOpen={open}
          caption={t('producerList.caption', { organisation: organisation.name })}
        />
      )}
    </section>
  );
}
