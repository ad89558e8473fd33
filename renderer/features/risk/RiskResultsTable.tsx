import { useTranslation } from 'react-i18next';
import type { RiskRow } from '../../../shared/api/risk.js';
import { modelHazards } from '../../../shared/domain/hazard.js';
import type { ModelHazard } from '../../../shared/domain/hazard.js';
import { useFormat } from '../../i18n/use-format.js';
import { LevelBadge } from './LevelBadge.js';
import { RiskSortHeader } from './RiskSortHeader.js';
import type { RiskSort, RiskSortColumn } from './risk-table-model.js';
import { useRiskLabels } from './use-risk-labels.js';
import { VirtualTable } from './VirtualTable.js';

/** NOTE: the same heights are in risk.css (.risk-results-table). */
const ROW_HEIGHT_PX = 44;
const HEADER_HEIGHT_PX = 48;

interface RiskResultsTableProps {
  readonly rows: readonly RiskRow[];
  readonly sort: RiskSort;
  readonly onSort: (column: RiskSortColumn) => void;
  readonly onOpen: (row: RiskRow) => void;
  readonly highlighted: ModelHazard | 'all';
  readonly caption: string;
}

/** One plot per row: where it is and what the model used, then its level for each hazard. */
export function RiskResultsTable({ rows, sort, onSort, onOpen, highlighted, caption }: RiskResultsTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useRiskLabels();
  const header = (column: RiskSortColumn, label: string, numeric = false) => (
    <RiskSortHeader key={column} column={column} label={label} sort={sort} onSort={onSort} numeric={numeric} />
  );
  return (
    <VirtualTable
      rows={rows}
      rowKey={(row) => row.plotId}
      columnCount={5 + modelHazards.length}
      caption={caption}
      className="risk-results-table"
      testId="risk-table"
      rowTestId="risk-row"
      rowAttributes={(row) => ({ 'data-plot-id': row.plotId, 'data-stale': String(row.stale) })}
      rowHeightPx={ROW_HEIGHT_PX}
      headerHeightPx={HEADER_HEIGHT_PX}
      onOpen={onOpen}
      colgroup={
        <colgroup>
          <col />
          <col />
          <col className="col-number" />
          <col className="col-number" />
          <col className="col-number" />
          {modelHazards.map((hazard) => (
            <col key={hazard} className={`col-level col-${hazard}${highlighted === hazard ? ' is-highlighted' : ''}`} />
          ))}
        </colgroup>
      }
      head={
        <>
          {header('plotName', t('riskDashboard.table.columns.plot'))}
          {header('producerName', t('riskDashboard.table.columns.producer'))}
          {header('areaHa', t('riskDashboard.table.columns.areaHa'), true)}
          {header('altitudeM', t('riskDashboard.table.columns.altitudeM'), true)}
          {header('temperatureC', t('riskDashboard.table.columns.temperatureC'), true)}
          {modelHazards.map((hazard) => header(hazard, labels.hazard(hazard)))}
        </>
      }
      cells={(row) => (
        <>
          <th scope="row" className="cell-plot" title={row.plotName}>
            {row.stale && (
              <span className="stale-mark" title={t('riskDashboard.table.staleRow')}>
                <span aria-hidden="true">⚠</span>
                <span className="visually-hidden">{t('riskDashboard.table.staleRow')}</span>
              </span>
            )}
            {row.plotName}
          </th>
          <td title={row.producerName}>{row.producerName}</td>
          <td className="cell-number">
            {format.number(row.areaHa, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
          </td>
          <td className="cell-number" title={labels.altitudeSource(row.altitudeSource)}>
            {row.altitudeM === null ? t('common.notSet') : format.number(Math.round(row.altitudeM))}
          </td>
          <td className="cell-number">
            {row.temperatureC === null
              ? t('common.notSet')
              : format.number(row.temperatureC, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
          </td>
          {modelHazards.map((hazard) => (
            <td key={hazard} data-hazard={hazard}>
              <LevelBadge level={row.levels[hazard]} />
            </td>
          ))}
        </>
      )}
    />
  );
}
