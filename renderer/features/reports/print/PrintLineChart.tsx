import { linearScale, niceTicks } from './chart-scale.js';
import { CHART_BOTTOM, CHART_FONT, CHART_LEFT, CHART_RIGHT, CHART_TOP, CHART_WIDTH, YAxis } from './chart-frame.js';

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

export interface PrintLineChartProps {
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly LineSeries[];
  readonly formatY: (value: number) => string;
  /** A dashed vertical rule at one category, labelled (the year the income gap closes). */
  readonly marker?: { readonly index: number; readonly label: string } | null;
  readonly height?: number;
}

/** Lines over years (the income chart): told apart by dash, marker and colour. */
export function PrintLineChart({ title, categories, series, formatY, marker, height = 250 }: PrintLineChartProps) {
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const plotRight = CHART_WIDTH - CHART_RIGHT;
  const y = linearScale([ticks[0] ?? 0, ticks.at(-1) ?? 1], [height - CHART_BOTTOM, CHART_TOP]);
  const step = (plotRight - CHART_LEFT) / Math.max(1, categories.length);
  const x = (index: number) => CHART_LEFT + step * (index + 0.5);
  return (
    <figure className="print-figure keep-together" data-testid="print-line-chart">
      <svg viewBox={`0 0 ${CHART_WIDTH} ${height}`} role="img" aria-label={title}>
        <YAxis ticks={ticks} y={y} format={formatY} plotRight={plotRight} />
        <g fontFamily={CHART_FONT} fontSize={8} textAnchor="middle">
          {categories.map((category, index) => (
            <text key={index} x={x(index)} y={height - CHART_BOTTOM + 13}>
              {category}
            </text>
          ))}
        </g>
        {marker && marker.index >= 0 && marker.index < categories.length && (
          <g>
            <line
              x1={x(marker.index)}
              x2={x(marker.index)}
              y1={CHART_TOP}
              y2={height - CHART_BOTTOM}
              stroke="#000"
              strokeWidth={1}
              strokeDasharray="4 3"
            />
            <text
              x={x(marker.index) + (marker.index > categories.length / 2 ? -5 : 5)}
              y={CHART_TOP + 8}
              textAnchor={marker.index > categories.length / 2 ? 'end' : 'start'}
              fontFamily={CHART_FONT}
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
