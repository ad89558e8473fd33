import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskSummary } from '../../../shared/api/risk.js';
import { modelHazards } from '../../../shared/domain/hazard.js';
import { useFormat } from '../../i18n/use-format.js';
import { LevelBadge } from './LevelBadge.js';
import { defaultProfileSort, profileRows, visibleProfileRows, worsens } from './producer-profile-model.js';
import type { ProfileRow, ProfileSortColumn } from './producer-profile-model.js';
import { RiskSortHeader } from './RiskSortHeader.js';
import { riskCollator } from './risk-table-model.js';
import type { ComparedScenario } from './risk-scenarios.js';
import { useRiskLabels } from './use-risk-labels.js';
import { VirtualTable } from './VirtualTable.js';

/** NOTE: the same heights are in risk.css (.profile-table): two badges stacked per cell. */
const ROW_HEIGHT_PX = 60;
const HEADER_HEIGHT_PX = 48;

/**
 * Each producer's worst level per hazard across their plots, today above the
 * compared scenario below, so a technician sees which families to visit first.
 */
export function ProducerProfileSection({ summary, compared }: { summary: RiskSummary; compared: ComparedScenario }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useRiskLabels();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState(defaultProfileSort);
  const all = useMemo(() => profileRows(summary, compared), [summary, compared]);
  const rows = useMemo(
    () => visibleProfileRows(all, query, sort, riskCollator(format.locale)),
    [all, query, sort, format.locale],
  );
  const onSort = (column: ProfileSortColumn): void =>
    setSort((current) => ({
      column,
      direction:
        current.column === column
          ? current.direction === 'asc'
            ? 'desc'
            : 'asc'
          : column === 'producerName'
            ? 'asc'
            : 'desc',
    }));
  const header = (column: ProfileSortColumn, label: string, numeric = false) => (
    <RiskSortHeader
      key={column}
      column={column}
      label={label}
      sort={sort}
      onSort={onSort}
      numeric={numeric}
      testIdPrefix="profile-sort"
    />
  );
  const baselineName = labels.scenario('baseline');
  const comparedName = labels.scenario(compared);

  return (
    <section className="page-section risk-profile" aria-labelledby="risk-profile-heading" data-testid="risk-profile">
      <div className="risk-section-heading">
        <div>
          <h2 id="risk-profile-heading">{t('riskDashboard.profile.title')}</h2>
          <p className="muted risk-section-intro">
            {t('riskDashboard.profile.intro', { baseline: baselineName, scenario: comparedName })}
          </p>
        </div>
        <div className="field risk-search">
          <label htmlFor={searchId}>{t('riskDashboard.profile.search')}</label>
          <input
            id={searchId}
            type="search"
            data-testid="risk-profile-search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
      </div>
      {all.length === 0 ? (
        <p className="empty-state">{t('riskDashboard.table.empty')}</p>
      ) : (
        <VirtualTable<ProfileRow>
          rows={rows}
          rowKey={(row) => row.producerId}
          columnCount={3 + modelHazards.length}
          caption={t('riskDashboard.profile.caption', { baseline: baselineName, scenario: comparedName })}
          className="profile-table"
          testId="risk-profile-table"
          rowTestId="risk-profile-row"
          rowAttributes={(row) => ({ 'data-producer-id': row.producerId })}
          rowHeightPx={ROW_HEIGHT_PX}
          headerHeightPx={HEADER_HEIGHT_PX}
          colgroup={
            <colgroup>
              <col />
              <col className="col-count" />
              <col className="col-number" />
              {modelHazards.map((hazard) => (
                <col key={hazard} className={`col-level col-${hazard}`} />
              ))}
            </colgroup>
          }
          head={
            <>
              {header('producerName', t('riskDashboard.profile.columns.producer'))}
              {header('plots', t('riskDashboard.profile.columns.plots'), true)}
              {header('areaHa', t('riskDashboard.profile.columns.areaHa'), true)}
              {modelHazards.map((hazard) => header(hazard, labels.hazard(hazard)))}
            </>
          }
          cells={(row) => (
            <>
              <th scope="row" title={row.producerName}>
                {row.producerName}
              </th>
              <td className="cell-number">{format.number(row.plots)}</td>
              <td className="cell-number">
                {format.number(row.areaHa, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
              </td>
              {modelHazards.map((hazard) => (
                <td key={hazard} className="profile-cell" data-hazard={hazard}>
                  <span className="profile-pair">
                    <span className="visually-hidden">{baselineName}: </span>
                    <LevelBadge level={row.baseline[hazard]} testId="profile-baseline" />
                    <span className="visually-hidden">, {comparedName}: </span>
                    <span className="profile-then">
                      <LevelBadge level={row.compared[hazard]} testId="profile-compared" />
                      {worsens(row, hazard) && (
                        <span className="worse-mark" title={t('riskDashboard.profile.worsens')}>
                          <span aria-hidden="true">▲</span>
                          <span className="visually-hidden">{t('riskDashboard.profile.worsens')}</span>
                        </span>
                      )}
                    </span>
                  </span>
                </td>
              ))}
            </>
          )}
        />
      )}
    </section>
  );
}
