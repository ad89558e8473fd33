import { linearScale, niceTicks } from '../print/chart-scale.js';
import { HatchedPath, seriesFillStyle } from '../print/print-patterns.js';
import type { MoneyByYear } from '../../plans/org/org-types.js';
import { pathsByKey } from './svg-batch.js';
import { fitsIn, haloProps, textWidth } from './svg-text.js';

interface BudgetBarsProps {
  readonly byYear: MoneyByYear;
  readonly sources: readonly string[];
  /** The kit's series fill for a source (dark, light, hatched…), the same in the legend. */
  readonly seriesOf: (source: string) => number;
  /** Short amount inside a segment and on the axis: "43.1 mil". */
  readonly short: (value: number) => string;
  /** Full amount at the end of a bar: "S/ 219,885". */
  readonly full: (value: number) => string;
  readonly year: (value: number) => string;
  readonly ariaLabel: string;
}

/** The page's content width in CSS px (182 mm), so the chart prints 1:1. */
const WIDTH = 688;
const LABEL_W = 44;
const TOTAL_W = 92;
const BAR_H = 22;
const GAP = 8;
const AXIS_H = 22;
const FONT = 10.5;

/**
 * One horizontal bar per year, stacked by funding source (the screen's chart,
 * drawn as vector for the PDF): each source in a greyscale-safe fill, its
 * amount written in when it fits, the year's total at the bar's end and a
 * soles axis below.
 */
export function BudgetBars({ byYear, sources, seriesOf, short, full, year, ariaLabel }: BudgetBarsProps) {
  const most = Math.max(0, ...byYear.map((row) => row.totalSoles));
  const ticks = niceTicks(0, most, 6);
  const top = ticks.at(-1) ?? 1;
  const x = linearScale([0, top], [LABEL_W, WIDTH - TOTAL_W]);
  const plotH = byYear.length * (BAR_H + GAP) - GAP;
  const height = plotH + AXIS_H + 4;
  const segments = byYear.flatMap((row, index) => {
    let cursor = 0;
    return sources.flatMap((source) => {
      const value = row.bySource[source] ?? 0;
      if (value <= 0) return [];
      const x0 = x(cursor);
      cursor += value;
      return [{ year: row.year, source, value, x: x0, y: index * (BAR_H + GAP), w: x(cursor) - x0 }];
    });
  });
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={ariaLabel} className="org-report-chart">
      <g fontFamily="'Noto Sans', sans-serif" fontSize={FONT}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={0} y2={plotH + 3} stroke="#bbb" strokeWidth={0.5} />
            <text x={x(tick)} y={plotH + 15} textAnchor="middle" fontSize={9.5}>
              {short(tick)}
            </text>
          </g>
        ))}
        {[...pathsByKey(segments.map((seg) => ({ key: seg.source, x: seg.x, y: seg.y, w: seg.w, h: BAR_H })))].map(
          ([source, d]) => (
            <HatchedPath
              key={source}
              d={d}
              fill={seriesFillStyle(seriesOf(source))}
              spacing={5}
              stroke="#000"
              strokeWidth={0.6}
            />
          ),
        )}
        {segments
          .filter((seg) => fitsIn(short(seg.value), FONT, seg.w))
          .map((seg) => (
            <text
              key={`${seg.year}-${seg.source}`}
              x={seg.x + seg.w / 2}
              y={seg.y + BAR_H / 2}
              textAnchor="middle"
              dominantBaseline="central"
              fill="#000"
              {...haloProps}
            >
              {short(seg.value)}
            </text>
          ))}
        {byYear.map((row, index) => {
          const y = index * (BAR_H + GAP);
          const totalText = full(row.totalSoles);
          return (
            <g key={row.year}>
              <text x={LABEL_W - 6} y={y + BAR_H / 2} textAnchor="end" dominantBaseline="central" fontWeight={700}>
                {year(row.year)}
              </text>
              <text
                x={Math.min(x(row.totalSoles) + 5, WIDTH - textWidth(totalText, FONT))}
                y={y + BAR_H / 2}
                dominantBaseline="central"
                fontWeight={700}
              >
                {totalText}
              </text>
            </g>
          );
        })}
        <line x1={LABEL_W} x2={LABEL_W} y1={0} y2={plotH + 3} stroke="#000" strokeWidth={0.8} />
      </g>
    </svg>
  );
}
