import type { ExpressionSpecification } from 'maplibre-gl';
import { hazardLevels } from '../../../shared/domain/hazard.js';
import type { Colouring, LegendEntry } from '../plots/plot-colouring.js';
import type { PlotIndexEntry } from '../plots/plot-index.js';
import { LEVEL_COLOURS, NO_LEVEL_COLOUR } from './level-colours.js';
import type { RiskChoice, RiskLevels } from './use-risk-colouring.js';

/** The choice made in the toolbar and its results (null while they load). */
export interface RiskColouringInput {
  readonly choice: RiskChoice;
  readonly levels: RiskLevels | null;
}

/**
 * Plots coloured by their level for one hazard and scenario, with the
 * hazard layers' palette; plots without results (never analysed, or no data
 * for that hazard) are grey. The legend lists all four levels, even empty
 * ones, so the scale is always readable, and "Sin datos" when there are any.
 * One `match` branch per level with the plot ids as a label array: four
 * branches however many plots there are.
 */
export function riskColouring(entries: readonly PlotIndexEntry[], input: RiskColouringInput | null): Colouring {
  const risk = input?.levels ?? null;
  const idsByLevel = new Map(hazardLevels.map((level) => [level, [] as string[]]));
  let noData = 0;
  for (const { properties } of entries) {
    const level = risk?.levels.get(properties.id) ?? null;
    if (level === null) noData += 1;
    else idsByLevel.get(level)?.push(properties.id);
  }
  const legend: LegendEntry[] = hazardLevels.map((level) => ({
    value: level,
    colour: LEVEL_COLOURS[level],
    count: idsByLevel.get(level)?.length ?? 0,
  }));
  if (noData > 0) legend.push({ value: '', colour: NO_LEVEL_COLOUR, count: noData });
  const branches = hazardLevels.flatMap((level) => {
    const ids = idsByLevel.get(level) ?? [];
    return ids.length === 0 ? [] : [ids, LEVEL_COLOURS[level]];
  });
  const expression =
    branches.length === 0
      ? NO_LEVEL_COLOUR
      : (['match', ['get', 'id'], ...branches, NO_LEVEL_COLOUR] as unknown as ExpressionSpecification);
  return {
    attribute: 'risk',
    legend,
    expression,
    risk: input ? { ...input.choice, stale: risk?.stale ?? 0 } : null,
  };
}
