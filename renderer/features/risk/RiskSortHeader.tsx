import { useTranslation } from 'react-i18next';

interface RiskSortHeaderProps<C extends string> {
  readonly column: C;
  readonly label: string;
  readonly sort: { readonly column: C; readonly direction: 'asc' | 'desc' };
  readonly onSort: (column: C) => void;
  /** Prefix of the button's test id: `risk-sort-<column>`, `profile-sort-<column>`. */
  readonly testIdPrefix?: string;
  readonly numeric?: boolean;
}

/** A column header that sorts: a button inside the <th>, aria-sort on the <th> (styles shared with Productores). */
export function RiskSortHeader<C extends string>(props: RiskSortHeaderProps<C>) {
  const { column, label, sort, onSort, numeric = false, testIdPrefix = 'risk-sort' } = props;
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
        data-testid={`${testIdPrefix}-${column}`}
        title={t('riskDashboard.table.sortBy', { column: label })}
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
