/**
 * Small SVG charts for the PDFs: vector, so crisp at any printer resolution;
 * drawn in the render itself, so ready with the page (no canvas, no
 * animation, no callback to wait for); told apart by line style, marker and
 * hatch as well as colour, so they read on a black-and-white copy.
 */
export const CHART_WIDTH = 688;
export const CHART_LEFT = 78;
export const CHART_RIGHT = 14;
export const CHART_TOP = 14;
export const CHART_BOTTOM = 24;
export const CHART_FONT = "'Noto Sans', sans-serif";

/** The value axis: round ticks, light grid lines, a darker zero line. */
export function YAxis({
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
    <g fontFamily={CHART_FONT} fontSize={8}>
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={CHART_LEFT}
            x2={plotRight}
            y1={y(tick)}
            y2={y(tick)}
            stroke={tick === 0 ? '#000' : '#bbb'}
            strokeWidth={tick === 0 ? 0.9 : 0.5}
          />
          <text x={CHART_LEFT - 5} y={y(tick)} textAnchor="end" dominantBaseline="central">
            {format(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}
