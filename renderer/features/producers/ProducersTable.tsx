import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProducerRow } from '../../../shared/domain/producer.js';
import { CertificationChips } from './CertificationChips.js';
import { useFormat } from '../../i18n/use-format.js';
import { SortHeader } from './SortHeader.js';
import type { SortColumn, SortState } from './producers-table-model.js';

/** NOTE: fixed heights (set in producers.css too): the virtualiser positions rows without measuring them. */
const ROW_HEIGHT_PX = 44;
const HEADER_HEIGHT_PX = 40;
/** Rows rendered beyond each edge, so a fast scroll does not show blanks. */
const OVERSCAN = 12;

interface ProducersTableProps {
  readonly rows: readonly ProducerRow[];
  readonly sort: SortState;
  readonly onSort: (column: SortColumn) => void;
  readonly onOpen: (row: ProducerRow) => void;
  readonly caption: string;
}

/**
 * The families of an organisation: a real <table> whose body holds only the
 * rows in view (plus a few), between two spacer rows. 3,000 families are ~40
 * rows in the DOM. Rows use a roving tabindex: Tab enters the table on one
 * row, arrows / Page Up / Page Down / Home / End move, Enter opens.
 */
export function ProducersTable({ rows, sort, onSort, onOpen, caption }: ProducersTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  // NOTE: the app does not use the React Compiler; this component re-renders on every scroll by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_PX,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: OVERSCAN,
    // The sticky header covers the top of the scroll area: scrolling to a row must clear it.
    paddingStart: HEADER_HEIGHT_PX,
    scrollPaddingStart: HEADER_HEIGHT_PX,
  });
  const items = virtualizer.getVirtualItems();
  const current = Math.min(activeIndex, Math.max(0, rows.length - 1));
  const spacerTop = (items[0]?.start ?? HEADER_HEIGHT_PX) - HEADER_HEIGHT_PX;
  const spacerBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? HEADER_HEIGHT_PX);

  // After a keyboard move the target row may only exist once the virtualiser has scrolled to it.
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${pendingFocus.current}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      pendingFocus.current = null;
    }
  });

  function moveTo(index: number): void {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    setActiveIndex(target);
    pendingFocus.current = target;
    virtualizer.scrollToIndex(target, { align: 'auto' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>): void {
    const page = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 0) - HEADER_HEIGHT_PX) / ROW_HEIGHT_PX));
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + page,
      PageUp: current - page,
      Home: 0,
      End: rows.length - 1,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      moveTo(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      const row = rows[current];
      if (row) {
        event.preventDefault();
        onOpen(row);
      }
    }
  }

  const header = (column: SortColumn, label: string, numeric = false) => (
    <SortHeader column={column} label={label} sort={sort} onSort={onSort} numeric={numeric} />
  );

  return (
    <div ref={scrollRef} className="producers-scroll" data-testid="producers-scroll">
      <table className="data-table producers-table" aria-rowcount={rows.length + 1} data-testid="producers-table">
        <caption className="visually-hidden">{caption}</caption>
        <colgroup>
          <col className="col-code" />
          <col />
          <col className="col-dni" />
          <col className="col-community" />
          <col className="col-district" />
          <col className="col-plots" />
          <col className="col-area" />
          <col className="col-certs" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {header('memberCode', t('producerList.columns.memberCode'))}
            {header('names', t('producerList.columns.names'))}
            {header('dni', t('producerList.columns.dni'))}
            {header('community', t('producerList.columns.community'))}
            {header('district', t('producerList.columns.district'))}
            {header('plotCount', t('producerList.columns.plotCount'), true)}
            {header('totalAreaHa', t('producerList.columns.totalAreaHa'), true)}
            <th scope="col">{t('producerList.columns.certifications')}</th>
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {spacerTop > 0 && (
            <tr className="spacer-row" aria-hidden="true" style={{ height: spacerTop }}>
              <td colSpan={8} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                data-index={item.index}
                data-testid="producer-row"
                data-producer-id={row.id}
                aria-rowindex={item.index + 2}
                tabIndex={item.index === current ? 0 : -1}
                className="producer-row"
                onFocus={() => setActiveIndex(item.index)}
                onClick={() => onOpen(row)}
              >
                <td className="cell-code">{row.memberCode}</td>
                {/* title: a long name cut with an ellipsis is still readable on hover. */}
                <th scope="row" className="cell-names" title={row.names}>
                  {row.names}
                </th>
                <td>{row.dni ?? t('common.notSet')}</td>
                <td>{row.community || t('common.notSet')}</td>
                <td>{row.district || t('common.notSet')}</td>
                <td className="cell-number">{format.number(row.plotCount)}</td>
                <td className="cell-number">
                  {format.number(row.totalAreaHa, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
                </td>
                <td>
                  <CertificationChips certifications={row.certifications} />
                </td>
              </tr>
            );
          })}
          {spacerBottom > 0 && (
            <tr className="spacer-row" aria-hidden="true" style={{ height: spacerBottom }}>
              <td colSpan={8} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
