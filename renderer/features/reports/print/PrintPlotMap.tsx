import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { levelRank } from '../../../../shared/domain/hazard.js';
import { useFormat } from '../../../i18n/use-format.js';
import { useRiskLabels } from '../../risk/use-risk-labels.js';
import { drawPlot } from './map-drawing.js';
import type { PrintMapPlot } from './map-drawing.js';
import { placeLabels } from './map-labels.js';
import type { LabelCandidate } from './map-labels.js';
import { boundsOf, fitMap, scaleBarFor } from './map-projection.js';
import { levelFillStyle } from './hatch.js';
import { HatchedPath, PrintLevelSwatch, circlePath, printLevelSlots } from './print-patterns.js';

export type { PrintMapPlot } from './map-drawing.js';

export interface PrintPlotMapProps {
  readonly plots: readonly PrintMapPlot[];
  /** The caption, and the legend's heading: what the levels are of ("Roya — 2050 moderado"). */
  readonly title: string;
  /** SVG units (CSS px at the page's 182 mm width: 688 units); the default suits half a page. */
  readonly height?: number;
  /**
   * The smallest extent shown, in metres (default 300 m: a point or a small plot among its neighbours). A plot
   * sheet shows one plot alone and passes less, so a 1 ha plot fills its frame.
   */
  readonly minExtentM?: number;
}

/** The page's content width (A4 minus 2 × 14 mm) in CSS px, so 1 SVG unit prints as 1 px (0.75 pt). */
const WIDTH = 688;
const BAND = 13;
/** Free space around the plots: keeps them clear of the north arrow and the scale bar in the corners. */
const MARGIN = 40;
/** Up to this many plots the map writes their names; beyond, numbers (give each plot the `label` its table shows). */
export const MAX_NAMED_PLOTS = 40;
const FONT = 9;
/** A point's (or a speck's) symbol radius; its label goes below it rather than on it. */
const SYMBOL_R = 4;

/** "6.1234° S" / "78.5678° O": degrees with four decimals (about 11 m), hemisphere letters translated. */
function useCoordinateText() {
  const { t } = useTranslation();
  const format = useFormat();
  return (value: number, axis: 'lat' | 'lon'): string => {
    const hemisphere = axis === 'lat' ? (value < 0 ? 'S' : 'N') : value < 0 ? 'W' : 'E';
    return `${format.decimal(Math.abs(value), 4)}° ${t(`printKit.map.hemisphere.${hemisphere}`)}`;
  };
}

/**
 * A vector map of plots for the PDF reports (no MapLibre, no tiles: offline
 * and crisp at any zoom): polygons and points filled by level with the level
 * palette and hatches, a label per plot where it fits, scale bar, north arrow,
 * corner coordinates and a legend of the levels with their words.
 */
export function PrintPlotMap({ plots, title, height = 440, minExtentM = 300 }: PrintPlotMapProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useRiskLabels();
  const coordinate = useCoordinateText();
  const clipId = `print-map-clip-${useId().replace(/:/g, '')}`;
  const frameH = height - 2 * BAND;

  const model = useMemo(() => {
    const box = boundsOf(plots.map((p) => p.geometry));
    if (!box) return null;
    const fit = fitMap(box, WIDTH, frameH, MARGIN, minExtentM);
    const drawn = plots
      .map((plot) => drawPlot(plot, fit))
      // Higher levels on top: their thicker outlines are not hidden by a neighbour's.
      .sort((a, b) => (a.plot.level ? levelRank(a.plot.level) : -1) - (b.plot.level ? levelRank(b.plot.level) : -1));
    const named = plots.length <= MAX_NAMED_PLOTS;
    const indexOf = new Map(plots.map((plot, index) => [plot.id, index]));
    const candidates: LabelCandidate[] = drawn.map((d) => ({
      id: d.plot.id,
      x: d.centre.x,
      y: d.symbol ? d.centre.y + SYMBOL_R + FONT * 0.75 : d.centre.y,
      text: d.plot.label ?? (named ? d.plot.name : String((indexOf.get(d.plot.id) ?? 0) + 1)),
      priority: d.area,
    }));
    const placed = placeLabels(candidates, FONT, { width: WIDTH, height: frameH });
    return { fit, drawn, placed, scale: scaleBarFor(fit, WIDTH * 0.22) };
  }, [plots, frameH, minExtentM]);

  if (!model) {
    return (
      <figure className="print-figure" data-testid="print-plot-map" data-plots={0}>
        <figcaption>{title}</figcaption>
        <p className="print-table-empty">{t('printKit.map.noPlots')}</p>
      </figure>
    );
  }
  const { fit, drawn, placed, scale } = model;
  const unlabelled = plots.length - placed.length;
  const scaleText =
    scale.lengthM >= 1000
      ? `${format.number(scale.lengthM / 1000)} km`
      : `${format.number(scale.lengthM, { maximumFractionDigits: 0 })} m`;
  const half = scale.lengthUnits / 2;

  return (
    <figure
      className="print-figure keep-together"
      data-testid="print-plot-map"
      data-plots={plots.length}
      data-scale-m={scale.lengthM}
    >
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title}>
        <defs>
          <clipPath id={clipId}>
            <rect width={WIDTH} height={frameH} />
          </clipPath>
        </defs>
        <g fontFamily="'Noto Sans', sans-serif" fontSize={7} fill="#000">
          <text
            x={0}
            y={BAND - 4}
          >{`${coordinate(fit.frame.north, 'lat')}, ${coordinate(fit.frame.west, 'lon')}`}</text>
          <text
            x={WIDTH}
            y={BAND - 4}
            textAnchor="end"
          >{`${coordinate(fit.frame.north, 'lat')}, ${coordinate(fit.frame.east, 'lon')}`}</text>
          <text
            x={0}
            y={height - 3}
          >{`${coordinate(fit.frame.south, 'lat')}, ${coordinate(fit.frame.west, 'lon')}`}</text>
          <text
            x={WIDTH}
            y={height - 3}
            textAnchor="end"
          >{`${coordinate(fit.frame.south, 'lat')}, ${coordinate(fit.frame.east, 'lon')}`}</text>
        </g>
        <g transform={`translate(0 ${BAND})`}>
          <g clipPath={`url(#${clipId})`}>
            <rect width={WIDTH} height={frameH} fill="#fff" />
            {drawn.map((d) =>
              d.path === null ? null : (
                <HatchedPath
                  key={d.plot.id}
                  d={d.path}
                  box={d.box}
                  fill={levelFillStyle(d.plot.level)}
                  stroke="#000"
                  strokeWidth={d.plot.level ? 0.6 + levelRank(d.plot.level) * 0.35 : 0.6}
                  strokeLinejoin="round"
                />
              ),
            )}
            {drawn
              .filter((d) => d.symbol)
              .map((d) => (
                <HatchedPath
                  key={`s-${d.plot.id}`}
                  {...circlePath(d.centre.x, d.centre.y, SYMBOL_R)}
                  fill={levelFillStyle(d.plot.level)}
                  spacing={3}
                  stroke="#000"
                  strokeWidth={0.8}
                />
              ))}
            <g
              fontFamily="'Noto Sans', sans-serif"
              fontSize={FONT}
              fontWeight={700}
              textAnchor="middle"
              dominantBaseline="central"
            >
              {placed.map((label) => (
                <text
                  key={`l-${label.id}`}
                  x={label.x}
                  y={label.y}
                  fill="#000"
                  stroke="#fff"
                  strokeWidth={2.4}
                  strokeLinejoin="round"
                  paintOrder="stroke"
                >
                  {label.text}
                </text>
              ))}
            </g>
            <g transform={`translate(${WIDTH - 26} 10)`} aria-label={t('printKit.map.north')}>
              <rect x={-10} y={-2} width={20} height={34} fill="#fff" fillOpacity={0.85} />
              <path d="M0,12 L-6,28 L0,23 Z" fill="#fff" stroke="#000" strokeWidth={0.8} />
              <path d="M0,12 L6,28 L0,23 Z" fill="#000" stroke="#000" strokeWidth={0.8} />
              <text y={9} textAnchor="middle" fontFamily="'Noto Sans', sans-serif" fontSize={10} fontWeight={700}>
                N
              </text>
            </g>
            <g transform={`translate(10 ${frameH - 24})`}>
              <rect x={-4} y={-4} width={scale.lengthUnits + 40} height={22} fill="#fff" fillOpacity={0.85} />
              <rect x={0} y={0} width={half} height={4} fill="#000" stroke="#000" strokeWidth={0.6} />
              <rect x={half} y={0} width={half} height={4} fill="#fff" stroke="#000" strokeWidth={0.6} />
              <g fontFamily="'Noto Sans', sans-serif" fontSize={7.5}>
                <text x={0} y={13} textAnchor="start">
                  0
                </text>
                <text x={scale.lengthUnits} y={13} textAnchor="middle">
                  {scaleText}
                </text>
              </g>
            </g>
          </g>
          <rect width={WIDTH} height={frameH} fill="none" stroke="#000" strokeWidth={1} />
        </g>
      </svg>
      <ul className="print-legend" aria-label={t('printKit.map.legend')}>
        {printLevelSlots.map((slot) => {
          const level = slot === 'none' ? null : slot;
          return (
            <li key={slot}>
              <PrintLevelSwatch level={level} />
              {labels.level(level)}
            </li>
          );
        })}
      </ul>
      {unlabelled > 0 && <p className="print-figure-note">{t('printKit.map.unlabelled', { count: unlabelled })}</p>}
    </figure>
  );
}
