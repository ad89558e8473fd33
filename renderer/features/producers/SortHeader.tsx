import { useTranslation } from 'react-i18next';
import type { SortColumn, SortState } from './producers-table-model.js';

interface SortHeaderProps {
  readonly column: SortColumn;
  readonly label: string;
  readonly sort: SortState;
  readonly onSort: (column: SortColumn) => void;
  readonly numeric: boolean;
}

/** A column header that sorts: a button inside the <th>, and aria-sort on the <th> for screen readers. */
export function SortHeader({ column, label, sort, onSort, numeric }: SortHeaderProps) {
  const { t } = useTranslation();
  const sorted = sort.column === column ? sort.direction : null;
  return (
    <th
      scope="col"
      className={numeric ? 'cell-number' : undefined}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
    >
      <button
        type="button"
        className="sort-button"
        data-testid={`producers-sort-${column}`}
        title={t('producerList.sortBy', { column: label })}
        onClick={() => onSort(column)}
      >
        {label}
        <span className="sort-mark" aria-hidden="true">
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
