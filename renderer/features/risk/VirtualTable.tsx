import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

/** Rows rendered beyond each edge, so a fast scroll does not show blanks. */
const OVERSCAN = 12;

interface VirtualTableProps<T> {
  readonly rows: readonly T[];
  readonly rowKey: (row: T) => string;
  readonly columnCount: number;
  /** The header row's cells (inside <thead><tr>). */
  readonly head: ReactNode;
  readonly cells: (row: T) => ReactNode;
  readonly colgroup?: ReactNode;
  readonly onOpen?: (row: T) => void;
  readonly caption: string;
  readonly className: string;
  readonly testId: string;
  readonly rowTestId: string;
  readonly rowAttributes?: (row: T) => Record<`data-${string}`, string>;
  /** NOTE: fixed heights (set in risk.css too): the virtualiser positions rows without measuring them. */
  readonly rowHeightPx: number;
  readonly headerHeightPx: number;
}

/**
 * The producers table's approach (renderer/features/producers/ProducersTable.tsx)
 * for any rows: a real <table> whose body holds only the rows in view between
 * two spacer rows, with a roving tabindex (arrows, Page Up/Down, Home/End
 * move; Enter opens). 5,000 plots are ~40 rows in the DOM.
 */
export function VirtualTable<T>(props: VirtualTableProps<T>) {
  const { rows, rowKey, columnCount, onOpen, rowHeightPx, headerHeightPx } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  // NOTE: the app does not use the React Compiler; this component re-renders on every scroll by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeightPx,
    getItemKey: (index) => {
      const row = rows[index];
      return row === undefined ? index : rowKey(row);
    },
    overscan: OVERSCAN,
    // The sticky header covers the top of the scroll area: scrolling to a row must clear it.
    paddingStart: headerHeightPx,
    scrollPaddingStart: headerHeightPx,
  });
  const items = virtualizer.getVirtualItems();
  const current = Math.min(activeIndex, Math.max(0, rows.length - 1));
  const spacerTop = (items[0]?.start ?? headerHeightPx) - headerHeightPx;
  const spacerBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? headerHeightPx);

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
    const page = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 0) - headerHeightPx) / rowHeightPx));
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
    } else if (onOpen && (event.key === 'Enter' || event.key === ' ')) {
      const row = rows[current];
      if (row !== undefined) {
        event.preventDefault();
        onOpen(row);
      }
    }
  }

  return (
    <div ref={scrollRef} className="virtual-scroll" data-testid={`${props.testId}-scroll`}>
      <table
        className={`data-table virtual-table ${props.className}`}
        aria-rowcount={rows.length + 1}
        data-testid={props.testId}
      >
        <caption className="visually-hidden">{props.caption}</caption>
        {props.colgroup}
        <thead>
          <tr aria-rowindex={1}>{props.head}</tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {spacerTop > 0 && (
            <tr className="spacer-row" aria-hidden="true" style={{ height: spacerTop }}>
              <td colSpan={columnCount} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            if (row === undefined) return null;
            return (
              <tr
                key={rowKey(row)}
                data-index={item.index}
                data-testid={props.rowTestId}
                {...props.rowAttributes?.(row)}
                aria-rowindex={item.index + 2}
                tabIndex={item.index === current ? 0 : -1}
                className={onOpen ? 'virtual-row openable-row' : 'virtual-row'}
                onFocus={() => setActiveIndex(item.index)}
                onClick={onOpen ? () => onOpen(row) : undefined}
              >
                {props.cells(row)}
              </tr>
            );
          })}
          {spacerBottom > 0 && (
            <tr className="spacer-row" aria-hidden="true" style={{ height: spacerBottom }}>
              <td colSpan={columnCount} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
