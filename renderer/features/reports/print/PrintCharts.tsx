import { linearScale, niceTicks } from './chart-scale.js';
import { seriesFillStyle } from './hatch.js';
import { HatchedPath, PrintSeriesSwatch } from './print-patterns.js';

/**
 * Small SVG charts for the PDFs: vector, so crisp at any printer resolution;
 * drawn in the render itself, so ready with the page (no canvas, no
 * animation, no callback to wait for); told apart by line style, marker and
 * hatch as well as colour, so they read on a black-and-white copy.
 */
const WIDTH = 688;
const LEFT = 78;
const RIGHT = 14;
const TOP = 14;
const BOTTOM = 24;
const FONT = "'Noto Sans', sans-serif";

export type LineStyle = 'solid' | 'dashed' | 'dotted';
export type MarkerShape = 'circle' | 'square' | 'triangle';

export interface LineSeries {
  readonly label: string;
  readonly values: readonly (number | null)[];
  readonly style: LineStyle;
  readonly marker: MarkerShape;
  /** Defaults to black; colour is a help on screen and colour printers, never the only cue. */
  readonly colour?: string;
  readonly widthPx?: number;
}

const dashOf = (style: LineStyle): string | undefined =>
  style === 'dashed' ? '8 4' : style === 'dotted' ? '1.5 3' : undefined;

function Marker({ shape, x, y, colour }: { shape: MarkerShape; x: number; y: number; colour: string }) {
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={3.2} fill={colour} />;
    case 'square':
      return <rect x={x - 3} y={y - 3} width={6} height={6} fill="#fff" stroke={colour} strokeWidth={1.4} />;
    case 'triangle':
      return <path d={`M${x},${y - 3.8} L${x + 3.6},${y + 2.6} L${x - 3.6},${y + 2.6} Z`} fill={colour} />;
    default: {
      const never: never = shape;
      throw new Error(`Unknown marker ${String(never)}`);
    }
  }
}

function YAxis({
  ticks,
  y,
  format,
  plotRight,
}: {
  ticks: number[];
  y: (v: number) => number;
  format: (v: number) => string;
  plotRight: number;
}) {
  return (
    <g fontFamily={FONT} fontSize={8}>
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={LEFT}
            x2={plotRight}
            y1={y(tick)}
            y2={y(tick)}
            stroke={tick === 0 ? '#000' : '#bbb'}
            strokeWidth={tick === 0 ? 0.9 : 0.5}
          />
          <text x={LEFT - 5} y={y(tick)} textAnchor="end" dominantBaseline="central">
            {format(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}

export interface PrintLineChartProps {
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly LineSeries[];
  readonly formatY: (value: number) => string;
  /** A dashed vertical rule at one category, labelled (the year the income gap closes). */
  readonly marker?: { readonly index: number; readonly label: string } | null;
  readonly height?: number;
}

export function PrintLineChart({ title, categories, series, formatY, marker, height = 250 }: PrintLineChartProps) {
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const plotRight = WIDTH - RIGHT;
  const y = linearScale([ticks[0] ?? 0, ticks.at(-1) ?? 1], [height - BOTTOM, TOP]);
  const step = (plotRight - LEFT) / Math.max(1, categories.length);
  const x = (index: number) => LEFT + step * (index + 0.5);
  return (
    <figure className="print-figure keep-together" data-testid="print-line-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title}>
        <YAxis ticks={ticks} y={y} format={formatY} plotRight={plotRight} />
        <g fontFamily={FONT} fontSize={8} textAnchor="middle">
          {categories.map((category, index) => (
            <text key={index} x={x(index)} y={height - BOTTOM + 13}>
              {category}
            </text>
          ))}
        </g>
        {marker && marker.index >= 0 && marker.index < categories.length && (
          <g>
            <line
              x1={x(marker.index)}
              x2={x(marker.index)}
              y1={TOP}
              y2={height - BOTTOM}
              stroke="#000"
              strokeWidth={1}
              strokeDasharray="4 3"
            />
            <text
              x={x(marker.index) + (marker.index > categories.length / 2 ? -5 : 5)}
              y={TOP + 8}
              textAnchor={marker.index > categories.length / 2 ? 'end' : 'start'}
              fontFamily={FONT}
              fontSize={8.5}
              fontWeight={700}
              stroke="#fff"
              strokeWidth={3}
              paintOrder="stroke"
            >
              {marker.label}
            </text>
          </g>
        )}
        {series.map((s) => {
          const colour = s.colour ?? '#000';
          const points = s.values
            .map((v, index) => (v === null ? null : ([x(index), y(v)] as const)))
            .filter((p): p is readonly [number, number] => p !== null);
          return (
            <g key={s.label}>
              <polyline
                points={points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ')}
                fill="none"
                stroke={colour}
                strokeWidth={s.widthPx ?? 2}
                strokeDasharray={dashOf(s.style)}
                strokeLinejoin="round"
              />
              {points.map(([px, py], index) => (
                <Marker key={index} shape={s.marker} x={px} y={py} colour={colour} />
              ))}
            </g>
          );
        })}
      </svg>
      <ul className="print-legend">
        {series.map((s) => (
          <li key={s.label}>
            <svg width="36" height="10" viewBox="0 0 36 10" aria-hidden="true">
              <line
                x1="1"
                x2="35"
                y1="5"
                y2="5"
                stroke={s.colour ?? '#000'}
                strokeWidth={s.widthPx ?? 2}
                strokeDasharray={dashOf(s.style)}
              />
              <Marker shape={s.marker} x={18} y={5} colour={s.colour ?? '#000'} />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}

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
  const plotRight = WIDTH - RIGHT;
  const y = linearScale([0, ticks.at(-1) ?? 1], [height - BOTTOM, TOP]);
  const step = (plotRight - LEFT) / Math.max(1, categories.length);
  const groupWidth = Math.min(step * 0.7, stacked ? 60 : 30 * series.length);
  const barWidth = stacked ? groupWidth : groupWidth / Math.max(1, series.length);
  return (
    <figure className="print-figure keep-together" data-testid="print-bar-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title}>
        <YAxis ticks={ticks} y={y} format={formatY} plotRight={plotRight} />
        {categories.map((category, index) => {
          const left = LEFT + step * index + (step - groupWidth) / 2;
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
                y={height - BOTTOM + 13}
                textAnchor="middle"
                fontFamily={FONT}
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
