import type { ReactNode } from 'react';
import { hazardLevels } from '../../../../shared/domain/hazard.js';
import type { HazardLevel } from '../../../../shared/domain/hazard.js';
import { LEVEL_COLOURS, NO_LEVEL_COLOUR } from '../../layers/level-colours.js';
import { useRiskLabels } from '../../risk/use-risk-labels.js';

/**
 * Vector fills for the PDF: each level's colour (the map's, level-colours.ts)
 * with the hatch the screens use (renderer/features/risk/level-patterns.ts):
 * Bajo plain, Medio dots, Alto diagonal lines, Muy alto cross-hatch in a light
 * ink, no data short dashes. More ink means a higher level, so a
 * black-and-white copy still ranks them; the level's word is always printed
 * beside (WCAG 1.4.1). Defined once per document (PrintApp) and referenced
 * as `url(#…)` by every map, chart and swatch.
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

/** A small square in a level's fill, outlined so Bajo's pale yellow shows on white paper. */
export function PrintLevelSwatch({ level, sizePt = 9 }: { level: HazardLevel | null; sizePt?: number }) {
  return (
    <svg width={`${sizePt}pt`} height={`${sizePt}pt`} viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="11" height="11" fill={levelFill(level)} stroke="#000" strokeWidth="0.8" />
    </svg>
  );
}

/** A series' fill as a legend square. */
export function PrintSeriesSwatch({ index, sizePt = 9 }: { index: number; sizePt?: number }) {
  return (
    <svg width={`${sizePt}pt`} height={`${sizePt}pt`} viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="11" height="11" fill={seriesFill(index)} stroke="#000" strokeWidth="0.8" />
    </svg>
  );
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
