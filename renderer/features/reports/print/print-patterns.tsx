import { useId } from 'react';
import type { ReactNode, SVGProps } from 'react';
import { hazardLevels } from '../../../../shared/domain/hazard.js';
import type { HazardLevel } from '../../../../shared/domain/hazard.js';
import { LEVEL_COLOURS, NO_LEVEL_COLOUR } from '../../layers/level-colours.js';
import { useRiskLabels } from '../../risk/use-risk-labels.js';
import { hatchPath, hatchStroke, levelFillStyle, pathBox, seriesFillStyle } from './hatch.js';
import type { Box, FillStyle } from './hatch.js';

export { levelFillStyle, seriesFillStyle } from './hatch.js';
export type { FillStyle } from './hatch.js';

/**
 * SVG `<pattern>` fills for the levels and chart series, defined once per
 * document (PrintApp) and referenced as `url(#…)`.
 *
 * NOTE: prefer `<HatchedPath>` (below): Chromium's PDF backend rasterises
 * every use of a pattern into an image (about 200 KB each, soft when
 * zoomed); HatchedPath draws the same hatch as vector lines. These stay for
 * callers that fill shapes they cannot hand over as a path.
 */
export type PrintLevelSlot = HazardLevel | 'none';
export const printLevelSlots: readonly PrintLevelSlot[] = [...hazardLevels, 'none'];

const slotOf = (level: HazardLevel | null): PrintLevelSlot => level ?? 'none';
const colourOf = (slot: PrintLevelSlot): string => (slot === 'none' ? NO_LEVEL_COLOUR : LEVEL_COLOURS[slot]);

const levelPatternId = (slot: PrintLevelSlot): string => `print-level-${slot}`;
/** The SVG fill for a level: `fill={levelFill('alto')}`. */
export const levelFill = (level: HazardLevel | null): string => `url(#${levelPatternId(slotOf(level))})`;

/**
 * Fills for the series of a bar chart that must read in greyscale: dark,
 * light, hatched, dotted, cross-hatched, white with an outline (`seriesFill(i)`).
 */
const SERIES_COUNT = 6;
const seriesPatternId = (index: number): string => `print-series-${index % SERIES_COUNT}`;
export const seriesFill = (index: number): string => `url(#${seriesPatternId(index)})`;

const TILE = 6;

function LevelPattern({ slot }: { slot: PrintLevelSlot }) {
  const ink = slot === 'muy_alto' ? 'rgba(255,255,255,0.75)' : 'rgba(0,0,0,0.55)';
  return (
    <pattern id={levelPatternId(slot)} patternUnits="userSpaceOnUse" width={TILE} height={TILE}>
      <rect width={TILE} height={TILE} fill={colourOf(slot)} />
      {slot === 'medio' && <circle cx={TILE / 2} cy={TILE / 2} r={0.9} fill={ink} />}
      {(slot === 'alto' || slot === 'muy_alto') && (
        <path
          d={`M-1,${TILE + 1} L${TILE + 1},-1 M-1,1 L1,-1 M${TILE - 1},${TILE + 1} L${TILE + 1},${TILE - 1}`}
          stroke={ink}
          strokeWidth={0.9}
        />
      )}
      {slot === 'muy_alto' && (
        <path
          d={`M-1,-1 L${TILE + 1},${TILE + 1} M${TILE - 1},-1 L${TILE + 1},1 M-1,${TILE - 1} L1,${TILE + 1}`}
          stroke={ink}
          strokeWidth={0.9}
        />
      )}
      {slot === 'none' && <path d={`M1,${TILE / 2} H${TILE / 2 + 1}`} stroke={ink} strokeWidth={0.8} />}
    </pattern>
  );
}

function SeriesPattern({ index }: { index: number }) {
  const id = seriesPatternId(index);
  const tile = (children: ReactNode, background: string) => (
    <pattern id={id} patternUnits="userSpaceOnUse" width={TILE} height={TILE}>
      <rect width={TILE} height={TILE} fill={background} />
      {children}
    </pattern>
  );
  switch (index) {
    case 0:
      return tile(null, '#3a3a3a');
    case 1:
      return tile(null, '#b5b5b5');
    case 2:
      return tile(<path d={`M-1,${TILE + 1} L${TILE + 1},-1`} stroke="#000" strokeWidth={1} />, '#fff');
    case 3:
      return tile(<circle cx={TILE / 2} cy={TILE / 2} r={1} fill="#000" />, '#fff');
    case 4:
      return tile(
        <path d={`M-1,${TILE + 1} L${TILE + 1},-1 M-1,-1 L${TILE + 1},${TILE + 1}`} stroke="#000" strokeWidth={0.7} />,
        '#e0e0e0',
      );
    default:
      return tile(null, '#fff');
  }
}

/** Rendered once by PrintApp: a zero-size SVG (not display:none, which would disable the patterns). */
export function PrintPatternDefs() {
  return (
    <svg width="0" height="0" style={{ position: 'absolute' }} aria-hidden="true" focusable="false">
      <defs>
        {printLevelSlots.map((slot) => (
          <LevelPattern key={slot} slot={slot} />
        ))}
        {Array.from({ length: SERIES_COUNT }, (_, index) => (
          <SeriesPattern key={index} index={index} />
        ))}
      </defs>
    </svg>
  );
}

export interface HatchedPathProps extends Omit<SVGProps<SVGPathElement>, 'fill' | 'd'> {
  readonly d: string;
  /** `levelFillStyle(level)` or `seriesFillStyle(index)`. */
  readonly fill: FillStyle;
  /** The path's bounding box; worked out from `d` when it is made of M/L/H/V/Z commands. */
  readonly box?: Box;
  /** Distance between hatch lines, in the drawing's units. */
  readonly spacing?: number;
}

/** Used when a path's box cannot be read from it: a generous page-sized area. */
const FALLBACK_BOX: Box = { x: -100, y: -100, width: 1200, height: 1600 };

/**
 * A shape filled with a colour and its hatch as vector lines clipped to it,
 * then outlined: `<HatchedPath d={d} fill={levelFillStyle('alto')} stroke="#000" strokeWidth={0.6} />`
 * in place of `<path d={d} fill={levelFill('alto')} …/>`.
 */
export function HatchedPath({
  d,
  fill,
  box,
  spacing = 6,
  stroke,
  strokeWidth,
  fillRule = 'evenodd',
  ...rest
}: HatchedPathProps) {
  const clipId = `print-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const hatch = fill.hatch === 'plain' ? '' : hatchPath(fill.hatch, box ?? pathBox(d) ?? FALLBACK_BOX, spacing);
  return (
    <g>
      <path d={d} fill={fill.background} fillRule={fillRule} stroke="none" />
      {hatch !== '' && (
        <>
          <clipPath id={clipId}>
            <path d={d} clipRule={fillRule} />
          </clipPath>
          <path
            d={hatch}
            clipPath={`url(#${clipId})`}
            fill="none"
            stroke={fill.ink}
            {...hatchStroke(fill.hatch, spacing)}
          />
        </>
      )}
      {stroke !== undefined && (
        <path d={d} fill="none" stroke={stroke} strokeWidth={strokeWidth} fillRule={fillRule} {...rest} />
      )}
    </g>
  );
}

/** A circle as a path, with its box (arcs are not read by `pathBox`): map symbols for points. */
export function circlePath(cx: number, cy: number, r: number): { d: string; box: Box } {
  return {
    d: `M${cx - r},${cy}A${r},${r} 0 1 0 ${cx + r},${cy}A${r},${r} 0 1 0 ${cx - r},${cy}Z`,
    box: { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r },
  };
}

const SWATCH = 'M0.5,0.5H11.5V11.5H0.5Z';

/** A small square in a fill, outlined so Bajo's pale yellow and white series show on white paper. */
function Swatch({ fill, sizePt }: { fill: FillStyle; sizePt: number }) {
  return (
    <svg width={`${sizePt}pt`} height={`${sizePt}pt`} viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <HatchedPath d={SWATCH} fill={fill} spacing={4} stroke="#000" strokeWidth={0.8} />
    </svg>
  );
}

/** A level's colour and hatch as a legend or table square. */
export function PrintLevelSwatch({ level, sizePt = 9 }: { level: HazardLevel | null; sizePt?: number }) {
  return <Swatch fill={levelFillStyle(level)} sizePt={sizePt} />;
}

/** A chart series' fill as a legend square. */
export function PrintSeriesSwatch({ index, sizePt = 9 }: { index: number; sizePt?: number }) {
  return <Swatch fill={seriesFillStyle(index)} sizePt={sizePt} />;
}

/** A level as its word with its swatch ("▨ Alto"); null prints "Sin datos". */
export function PrintLevel({ level }: { level: HazardLevel | null }) {
  const labels = useRiskLabels();
  return (
    <span className="print-level" data-level={slotOf(level)}>
      <PrintLevelSwatch level={level} />
      {labels.level(level)}
    </span>
  );
}
