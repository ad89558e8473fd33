import { linearScale, niceTicks } from './chart-scale.js';
import { CHART_BOTTOM, CHART_FONT, CHART_LEFT, CHART_RIGHT, CHART_TOP, CHART_WIDTH, YAxis } from './chart-frame.js';
import { seriesFillStyle } from './hatch.js';
import { HatchedPath, PrintSeriesSwatch } from './print-patterns.js';

export interface BarSeries {
  readonly label: string;
  readonly values: readonly number[];
}

export interface PrintBarChartProps {
  readonly title: string;
  readonly categories: readonly string[];
  /** Each series gets a greyscale fill (seriesFill): dark, light, hatched, dotted, cross-hatched, white. */
  readonly series: readonly BarSeries[];
  readonly formatY: (value: number) => string;
  /** Stacked (parts of a total, e.g. budget by funding source) or side by side (now vs. end of plan). */
  readonly stacked?: boolean;
  readonly height?: number;
}

/** Bars per category, stacked or side by side, each series in a greyscale fill with its hatch as vector lines. */
export function PrintBarChart({
  title,
  categories,
  series,
  formatY,
  stacked = false,
  height = 230,
}: PrintBarChartProps) {
  const totals = categories.map((_, i) => series.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0));
  const max = stacked ? Math.max(0, ...totals) : Math.max(0, ...series.flatMap((s) => s.values));
  const ticks = niceTicks(0, max);
  const plotRight = CHART_WIDTH - CHART_RIGHT;
  const y = linearScale([0, ticks.at(-1) ?? 1], [height - CHART_BOTTOM, CHART_TOP]);
  const step = (plotRight - CHART_LEFT) / Math.max(1, categories.length);
  const groupWidth = Math.min(step * 0.7, stacked ? 60 : 30 * series.length);
  const barWidth = stacked ? groupWidth : groupWidth / Math.max(1, series.length);
  return (
    <figure className="print-figure keep-together" data-testid="print-bar-chart">
      <svg viewBox={`0 0 ${CHART_WIDTH} ${height}`} role="img" aria-label={title}>
        <YAxis ticks={ticks} y={y} format={formatY} plotRight={plotRight} />
        {categories.map((category, index) => {
          const left = CHART_LEFT + step * index + (step - groupWidth) / 2;
          let base = 0;
          return (
            <g key={index}>
              {series.map((s, si) => {
                const value = Math.max(0, s.values[index] ?? 0);
                const x0 = stacked ? left : left + barWidth * si;
                const top = y(stacked ? base + value : value);
                const bottom = y(stacked ? base : 0);
                if (stacked) base += value;
                return value > 0 ? (
                  <HatchedPath
                    key={si}
                    d={`M${x0},${top}H${x0 + barWidth}V${bottom}H${x0}Z`}
                    box={{ x: x0, y: top, width: barWidth, height: Math.max(0, bottom - top) }}
                    fill={seriesFillStyle(si)}
                    stroke="#000"
                    strokeWidth={0.6}
                  />
                ) : null;
              })}
              <text
                x={left + groupWidth / 2}
                y={height - CHART_BOTTOM + 13}
                textAnchor="middle"
                fontFamily={CHART_FONT}
                fontSize={8}
              >
                {category}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="print-legend">
        {series.map((s, index) => (
          <li key={s.label}>
            <PrintSeriesSwatch index={index} />
            {s.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
