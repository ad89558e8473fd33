import './verdicts.css';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeatureVerdict } from '../../../shared/domain/import.js';
import { useFormat } from '../../i18n/use-format.js';
import { useReasonText } from './use-reason-text.js';
import { VerdictBadge } from './VerdictBadge.js';

/** A first guess; rows with several reasons are measured once drawn. */
const ROW_ESTIMATE_PX = 40;
const HEADER_HEIGHT_PX = 36;
const OVERSCAN = 10;

interface VerdictTableProps {
  readonly verdicts: readonly FeatureVerdict[];
  /** Positions in `verdicts` to show, in order (all of them, or one verdict's). */
  readonly rows: readonly number[];
  readonly selectedRow: number | null;
  readonly onSelect: (row: number) => void;
  readonly showReasons: boolean;
  readonly caption: string;
}

/**
 * "JAE-001 · Segundo Díaz Campos (nuevo)", or null when the feature has no
 * producer. A rejected plot's producer is not created, so it is not "new".
 */
function producerText(verdict: FeatureVerdict, newLabel: string): string | null {
  const who = [verdict.producerCode, verdict.producerName].filter((part) => part !== null).join(' · ');
  if (who === '') return null;
  const created = verdict.producerIsNew && (verdict.verdict === 'imported' || verdict.verdict === 'warnings');
  return created ? `${who} (${newLabel})` : who;
}

/**
 * Every feature of the file with its verdict: a real <table> whose body holds
 * only the rows in view between two spacer rows, so 100,000 features are a
 * few dozen rows in the DOM. Arrow keys move the selection; the selected row
 * is the one highlighted on the map.
 */
export function VerdictTable({ verdicts, rows, selectedRow, onSelect, showReasons, caption }: VerdictTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const reasonText = useReasonText();
  const scrollRef = useRef<HTMLDivElement>(null);
  // NOTE: the app does not use the React Compiler; this component re-renders on every scroll by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    getItemKey: (position) => rows[position] ?? position,
    overscan: OVERSCAN,
    paddingStart: HEADER_HEIGHT_PX,
    scrollPaddingStart: HEADER_HEIGHT_PX,
  });
  const items = virtualizer.getVirtualItems();
  const spacerTop = (items[0]?.start ?? HEADER_HEIGHT_PX) - HEADER_HEIGHT_PX;
  const spacerBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? HEADER_HEIGHT_PX);
  const selectedPosition = selectedRow === null ? -1 : rows.indexOf(selectedRow);
  const columns = showReasons ? 5 : 4;

  const pendingFocus = useRef<number | null>(null);

  // A feature clicked on the map (or a key press) scrolls its row into view.
  useEffect(() => {
    if (selectedPosition >= 0) virtualizer.scrollToIndex(selectedPosition, { align: 'auto' });
  }, [selectedPosition, virtualizer]);

  // After an arrow key the row to focus may exist only once the virtualiser has scrolled to it.
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const target = scrollRef.current?.querySelector<HTMLElement>(`tr[data-row="${pendingFocus.current}"]`);
    if (target) {
      target.focus({ preventScroll: true });
      pendingFocus.current = null;
    }
  });

  function onKeyDown(event: KeyboardEvent<HTMLTableSectionElement>): void {
    const moves: Record<string, number> = {
      ArrowDown: selectedPosition + 1,
      ArrowUp: selectedPosition - 1,
      Home: 0,
      End: rows.length - 1,
    };
    const next = moves[event.key];
    const row = next === undefined ? undefined : rows[Math.max(0, Math.min(rows.length - 1, next))];
    if (row === undefined) return;
    event.preventDefault();
    pendingFocus.current = row;
    onSelect(row);
  }

  return (
    <div ref={scrollRef} className="verdict-scroll" data-testid="import-verdicts-scroll">
      <table className="data-table verdict-table" aria-rowcount={rows.length + 1} data-testid="import-verdicts-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="col-index">
              {t('importWizard.table.index')}
            </th>
            <th scope="col">{t('importWizard.table.plotAndProducer')}</th>
            <th scope="col" className="cell-number col-area">
              {t('importWizard.table.areaHa')}
            </th>
            <th scope="col" className="col-verdict">
              {t('importWizard.table.verdict')}
            </th>
            {showReasons && (
              <th scope="col" className="col-reasons">
                {t('importWizard.table.reasons')}
              </th>
            )}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {spacerTop > 0 && (
            <tr className="spacer-row" aria-hidden="true" style={{ height: spacerTop }}>
              <td colSpan={columns} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            const verdict = row === undefined ? undefined : verdicts[row];
            if (row === undefined || !verdict) return null;
            const selected = row === selectedRow;
            const producerLine = producerText(verdict, t('importWizard.table.newProducer'));
            return (
              <tr
                key={row}
                ref={virtualizer.measureElement}
                data-index={item.index}
                data-row={row}
                data-verdict={verdict.verdict}
                data-testid="import-verdict-row"
                aria-rowindex={item.index + 2}
                aria-selected={selected}
                tabIndex={selected || (selectedPosition < 0 && item.index === 0) ? 0 : -1}
                className="verdict-row"
                onClick={() => onSelect(row)}
              >
                <td className="cell-number">{format.number(verdict.index + 1)}</td>
                {/* The plot, and under it whose it is (a new producer is marked): one column leaves room for names. */}
                <th
                  scope="row"
                  className="cell-one-line"
                  title={producerLine ? `${verdict.plotName}\n${producerLine}` : verdict.plotName}
                >
                  {verdict.plotName}
                  <span className="cell-secondary">{producerLine ?? t('importWizard.table.noProducer')}</span>
                </th>
                <td className="cell-number">
                  {verdict.areaHa === null
                    ? t('common.notSet')
                    : format.number(verdict.areaHa, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
                </td>
                <td>
                  <VerdictBadge verdict={verdict.verdict} />
                </td>
                {showReasons && (
                  <td className="cell-reasons">
                    {verdict.reasons.length > 0 && (
                      <ul>
                        {verdict.reasons.map((reason, i) => (
                          <li key={i} data-code={reason.code} data-level={reason.level}>
                            {reasonText(reason)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
          {spacerBottom > 0 && (
            <tr className="spacer-row" aria-hidden="true" style={{ height: spacerBottom }}>
              <td colSpan={columns} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
