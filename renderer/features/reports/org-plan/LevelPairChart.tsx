import { levelSlots, levelOfSlot } from '../../risk/level-slots.js';
import { HatchedPath, levelFillStyle } from '../print/print-patterns.js';
import type { SlotPlots } from './risk-rows.js';
import { pathsByKey } from './svg-batch.js';
import { fitsIn, haloProps } from './svg-text.js';

interface LevelPairChartProps {
  /** "Línea base", "2050 moderado". */
  readonly rows: readonly { readonly label: string; readonly plots: SlotPlots }[];
  /** Plots in the longest bar (every bar is drawn against it). */
  readonly total: number;
  readonly formatCount: (value: number) => string;
  readonly ariaLabel: string;
}

/** Half the page's 182 mm content width in CSS px (less the gap): drawn 1:1, the fonts print at their size. */
const WIDTH = 330;
const LABEL_W = 84;
const BAR_H = 20;
const GAP = 7;
const FONT = 10.5;

/**
 * Two stacked bars, one per scenario, split by level (Bajo … Muy alto, then
 * Sin datos), in the levels' colours and hatches. Each segment carries its
 * count when it fits; the table under the charts has them all.
 */
export function LevelPairChart({ rows, total, formatCount, ariaLabel }: LevelPairChartProps) {
  const barW = WIDTH - LABEL_W - 2;
  const height = rows.length * (BAR_H + GAP) - GAP + 2;
  const scale = total > 0 ? barW / total : 0;
  const rowY = (rowIndex: number) => 1 + rowIndex * (BAR_H + GAP);
  const segments = rows.flatMap((row, rowIndex) => {
    let x = LABEL_W;
    return levelSlots.map((slot) => {
      const value = row.plots[slot];
      const segment = { row: rowIndex, slot, value, x, y: rowY(rowIndex), w: value * scale };
      x += segment.w;
      return segment;
    });
  });
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={ariaLabel} className="org-report-chart">
      <g fontFamily="'Noto Sans', sans-serif" fontSize={FONT}>
        {rows.map((row, rowIndex) => (
          <text
            key={`label-${row.label}`}
            x={LABEL_W - 6}
            y={rowY(rowIndex) + BAR_H / 2}
            textAnchor="end"
            dominantBaseline="central"
          >
            {row.label}
          </text>
        ))}
        {total === 0
          ? rows.map((row, rowIndex) => (
              <rect
                key={`empty-${row.label}`}
                x={LABEL_W}
                y={rowY(rowIndex)}
                width={barW}
                height={BAR_H}
                fill="none"
                stroke="#000"
                strokeWidth={0.6}
              />
            ))
          : [...pathsByKey(segments.map((s) => ({ key: s.slot, x: s.x, y: s.y, w: s.w, h: BAR_H })))].map(
              ([slot, d]) => (
                <HatchedPath
                  key={slot}
                  d={d}
                  fill={levelFillStyle(levelOfSlot(slot))}
                  spacing={5}
                  stroke="#000"
                  strokeWidth={0.6}
                />
              ),
            )}
        {segments
          .filter((segment) => segment.value > 0 && fitsIn(formatCount(segment.value), FONT, segment.w))
          .map((segment) => (
            <text
              key={`n-${segment.row}-${segment.slot}`}
              x={segment.x + segment.w / 2}
              y={segment.y + BAR_H / 2}
              textAnchor="middle"
              dominantBaseline="central"
              fontWeight={700}
              {...haloProps}
            >
              {formatCount(segment.value)}
            </text>
          ))}
      </g>
    </svg>
  );
}
