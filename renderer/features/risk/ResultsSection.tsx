import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskRow } from '../../../shared/api/risk.js';
import type { ScenarioId } from '../../../shared/domain/hazard.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { useFormat } from '../../i18n/use-format.js';
import { downloadRiskCsv, useRiskCsvLabels } from './export-risk-csv.js';
import { ResultsFilters } from './ResultsFilters.js';
import { RiskResultsTable } from './RiskResultsTable.js';
import { defaultRiskSort, noRiskFilters, riskCollator, visibleRiskRows } from './risk-table-model.js';
import type { RiskFilters, RiskSortColumn } from './risk-table-model.js';
import { useRiskResults } from './use-risk-queries.js';
import { useRiskLabels } from './use-risk-labels.js';

interface ResultsSectionProps {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly onOpen: (row: RiskRow) => void;
}

/** Every analysed plot for one scenario: filters, count, "Exportar CSV" and the table. */
export function ResultsSection({ organisationId, organisationName, onOpen }: ResultsSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useRiskLabels();
  const csvLabels = useRiskCsvLabels();
  const [scenarioId, setScenarioId] = useState<ScenarioId>('baseline');
  const [filters, setFilters] = useState<RiskFilters>(noRiskFilters);
  const [sort, setSort] = useState(defaultRiskSort);
  const [exported, setExported] = useState<string | null>(null);
  const query = useRiskResults(organisationId, scenarioId);
  const all = query.status === 'ready' ? query.data : null;
  const rows = useMemo(
    () => (all ? visibleRiskRows(all, filters, sort, riskCollator(format.locale)) : []),
    [all, filters, sort, format.locale],
  );
  const onSort = (column: RiskSortColumn): void =>
    setSort((current) => ({
      column,
      // A level column starts with the worst first: that is what the user is looking for.
      direction:
        current.column === column
          ? current.direction === 'asc'
            ? 'desc'
            : 'asc'
          : column === 'plotName' || column === 'producerName'
            ? 'asc'
            : 'desc',
    }));
  const total = all?.length ?? 0;
  const countText =
    rows.length === total
      ? t('riskDashboard.table.count', { count: total, total: format.number(total) })
      : t('riskDashboard.table.filteredCount', {
          count: total,
          total: format.number(total),
          shown: format.number(rows.length),
        });

  function exportCsv(): void {
    const fileName = downloadRiskCsv(rows, csvLabels, { locale: format.locale, organisationName, scenarioId });
    setExported(fileName);
  }

  return (
    <section
      className="page-section risk-results"
      aria-labelledby="risk-results-heading"
      data-testid="risk-results"
      data-tour="risk-results"
    >
      <div className="risk-section-heading">
        <div>
          <h2 id="risk-results-heading">{t('riskDashboard.table.title')}</h2>
          {all && (
            <p className="risk-count" data-testid="risk-table-count" aria-live="polite">
              {countText}
            </p>
          )}
        </div>
        <button
          type="button"
          className="button"
          data-testid="risk-export-csv"
          disabled={rows.length === 0}
          onClick={exportCsv}
        >
          {t('riskDashboard.table.exportCsv')}
        </button>
      </div>
      <ResultsFilters scenarioId={scenarioId} onScenario={setScenarioId} filters={filters} onFilters={setFilters} />
      <div role="status" className="risk-export-status">
        {exported && <p className="muted">{t('riskDashboard.table.exported', { fileName: exported })}</p>}
      </div>
      {query.status === 'error' && <ErrorNotice error={query.error} />}
      {query.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {all && total === 0 && <p className="empty-state">{t('riskDashboard.table.empty')}</p>}
      {all && total > 0 && rows.length === 0 && <p className="empty-state">{t('riskDashboard.table.noMatch')}</p>}
      {rows.length > 0 && (
        <RiskResultsTable
          rows={rows}
          sort={sort}
          onSort={onSort}
          onOpen={onOpen}
          highlighted={filters.hazard}
          caption={t('riskDashboard.table.caption', { scenario: labels.scenario(scenarioId) })}
        />
      )}
    </section>
  );
}
