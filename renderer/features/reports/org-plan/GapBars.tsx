import { linearScale, niceTicks } from '../print/chart-scale.js';
import { HatchedPath, seriesFillStyle } from '../print/print-patterns.js';
import { pathsByKey } from './svg-batch.js';
import { haloProps } from './svg-text.js';

export interface GapBar {
  readonly label: string;
  readonly now: number;
  readonly end: number;
}

/** Now light grey, the end of the plan dark: the pair reads in greyscale, and every count is written on top. */
export const gapSeries = { now: 1, end: 0 } as const;

interface GapBarsProps {
  readonly bars: readonly GapBar[];
  readonly count: (value: number) => string;
  readonly ariaLabel: string;
}

const WIDTH = 688;
const HEIGHT = 210;
const LEFT = 36;
const BOTTOM = 30;
const TOP = 16;
const FONT = 10.5;

/** Families per gap bin, now beside the end of the plan, as pairs of vertical bars with the counts on top. */
export function GapBars({ bars, count, ariaLabel }: GapBarsProps) {
  const most = Math.max(1, ...bars.flatMap((bar) => [bar.now, bar.end]));
  const ticks = niceTicks(0, most, 5);
  const y = linearScale([0, ticks.at(-1) ?? most], [HEIGHT - BOTTOM, TOP]);
  const slot = (WIDTH - LEFT) / Math.max(1, bars.length);
  const barW = Math.min(46, slot * 0.32);
  const columns = bars.flatMap((bar, index) =>
    (['now', 'end'] as const).map((key, k) => {
      const centre = LEFT + slot * (index + 0.5);
      return { bar: index, key, value: bar[key], x: centre + (k === 0 ? -barW - 2 : 2), top: y(bar[key]) };
    }),
  );
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={ariaLabel} className="org-report-chart">
      <g fontFamily="'Noto Sans', sans-serif" fontSize={FONT}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH} y1={y(tick)} y2={y(tick)} stroke="#bbb" strokeWidth={0.5} />
            <text x={LEFT - 5} y={y(tick)} textAnchor="end" dominantBaseline="central" fontSize={9.5}>
              {count(tick)}
            </text>
          </g>
        ))}
        {[
          ...pathsByKey(columns.map((c) => ({ key: c.key, x: c.x, y: c.top, w: barW, h: HEIGHT - BOTTOM - c.top }))),
        ].map(([key, d]) => (
          <HatchedPath
            key={key}
            d={d}
            fill={seriesFillStyle(gapSeries[key])}
            spacing={5}
            stroke="#000"
            strokeWidth={0.6}
          />
        ))}
        {columns.map((c) => (
          <text
            key={`${c.bar}-${c.key}`}
            x={c.x + barW / 2}
            y={c.top - 4}
            textAnchor="middle"
            fontWeight={700}
            {...haloProps}
          >
            {count(c.value)}
          </text>
        ))}
        {bars.map((bar, index) => (
          <text key={bar.label} x={LEFT + slot * (index + 0.5)} y={HEIGHT - BOTTOM + 15} textAnchor="middle">
            {bar.label}
          </text>
        ))}
        <line x1={LEFT} x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} stroke="#000" strokeWidth={0.8} />
      </g>
    </svg>
  );
}
