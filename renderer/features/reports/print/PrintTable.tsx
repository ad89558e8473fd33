import type { ReactNode } from 'react';

export interface PrintColumn<T> {
  readonly header: ReactNode;
  readonly cell: (row: T, index: number) => ReactNode;
  /** `num` right-aligns with tabular figures and never wraps (amounts, areas, years). */
  readonly align?: 'start' | 'num' | 'center';
  /** A CSS width ("18%", "22mm"); the others share the rest. */
  readonly width?: string;
}

export interface PrintTableProps<T> {
  readonly columns: readonly PrintColumn<T>[];
  readonly rows: readonly T[];
  readonly rowKey: (row: T, index: number) => string;
  readonly caption?: ReactNode;
  /** A title printed above the column headers and repeated with them on every page the table runs onto. */
  readonly title?: ReactNode;
  /** Totals: one array of cells per row, aligned with the columns (use `null` for an empty cell). */
  readonly foot?: readonly (readonly ReactNode[])[];
  /** Printed as the table's only row when there are no rows. */
  readonly empty?: ReactNode;
  readonly testId?: string;
  /** Short tables (a budget, a few years): move whole to the next page rather than leave a row behind. */
  readonly keepTogether?: boolean;
}

const alignClass = (align: PrintColumn<unknown>['align']): string | undefined =>
  align === 'num' ? 'print-num' : align === 'center' ? 'print-center' : undefined;

/**
 * A report table: its header repeats on every page (`thead` as a header
 * group) and rows never split across pages (print.css). Long tables simply
 * continue; a table with a caption keeps the caption with its first rows.
 */
export function PrintTable<T>({
  columns,
  rows,
  rowKey,
  caption,
  title,
  foot,
  empty,
  testId,
  keepTogether,
}: PrintTableProps<T>) {
  const table = (
    <table className="print-table" data-testid={testId}>
      {caption !== undefined && <caption>{caption}</caption>}
      <colgroup>
        {columns.map((column, index) => (
          <col key={index} style={column.width ? { width: column.width } : undefined} />
        ))}
      </colgroup>
      <thead>
        {title !== undefined && (
          <tr>
            <th colSpan={columns.length} scope="colgroup" className="print-table-title">
              {title}
            </th>
          </tr>
        )}
        <tr>
          {columns.map((column, index) => (
            <th key={index} scope="col" className={alignClass(column.align)}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && empty !== undefined && (
          <tr>
            <td colSpan={columns.length} className="print-table-empty">
              {empty}
            </td>
          </tr>
        )}
        {rows.map((row, rowIndex) => (
          <tr key={rowKey(row, rowIndex)}>
            {columns.map((column, index) => (
              <td key={index} className={alignClass(column.align)}>
                {column.cell(row, rowIndex)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {foot && foot.length > 0 && (
        <tfoot>
          {foot.map((cells, rowIndex) => (
            <tr key={rowIndex}>
              {cells.map((cell, index) => (
                <td key={index} className={alignClass(columns[index]?.align)}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tfoot>
      )}
    </table>
  );
  // NOTE: on a wrapper: Chromium honours break-inside on blocks more reliably than on tables.
  return keepTogether ? <div className="keep-together">{table}</div> : table;
}
