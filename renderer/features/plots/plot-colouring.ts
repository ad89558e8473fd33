import type { ExpressionSpecification } from 'maplibre-gl';
import type { PlotFeatureProperties } from '../../../shared/api/plots.js';
import { productionSystems } from '../../../shared/domain/plot.js';
import type { ModelHazard, ScenarioId } from '../../../shared/domain/hazard.js';
import { coffeeVarieties } from '../../../shared/domain/varieties.js';
import { riskColouring } from '../layers/risk-plot-colouring.js';
import type { RiskColouringInput } from '../layers/risk-plot-colouring.js';
import type { PlotIndexEntry } from './plot-index.js';

/**
 * Attributes the plots can be coloured by. `risk` is a plot's level for a
 * hazard and scenario (renderer/features/layers/risk-plot-colouring.ts).
 */
export const colourAttributes = ['variety', 'productionSystem', 'risk'] as const;
export type ColourAttribute = (typeof colourAttributes)[number];

/**
 * Tableau 10 (Stone 2016) without its grey, which means "other" here, plus a
 * dark teal from Tableau 20: distinct on screen and friendlier to
 * colour-blind readers than a rainbow. One per suggested variety, in the
 * order of `coffeeVarieties`.
 */
const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#499894',
];
export const OTHER_COLOUR = '#8d8d8d';
export const MISSING_COLOUR = '#d0d0d0';

/** Fixed colours, so "orgánico" is green on every organisation's map. */
const SYSTEM_COLOURS: Record<(typeof productionSystems)[number], string> = {
  organico: '#3c8d40',
  transicion: '#d9a521',
  convencional: '#7b6bb0',
};

export interface LegendEntry {
  /** The attribute's value; '' for "not recorded", null for "the rest". */
  readonly value: string | null;
  readonly colour: string;
  readonly count: number;
}

export interface Colouring {
  readonly attribute: ColourAttribute;
  /** A data-driven `match` for fill-color and circle-color. */
  readonly expression: ExpressionSpecification | string;
  readonly legend: readonly LegendEntry[];
  /** Risk colouring only: what the legend's title names, and how many plots' results are out of date. */
  readonly risk?: { readonly hazard: ModelHazard; readonly scenarioId: ScenarioId; readonly stale: number } | null;
}

type Key = keyof Pick<PlotFeatureProperties, 'variety' | 'productionSystem'>;

function countValues(
  entries: readonly PlotIndexEntry[],
  key: Key,
  normalise: (value: string) => string = (value) => value,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { properties } of entries) {
    const value = normalise(properties[key].trim());
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

function matchExpression(key: Key, pairs: readonly LegendEntry[], fallback: string): ExpressionSpecification | string {
  const branches = pairs.filter((entry) => entry.value !== null).flatMap((entry) => [entry.value, entry.colour]);
  if (branches.length === 0) return fallback;
  return ['match', ['get', key], ...branches, fallback] as unknown as ExpressionSpecification;
}

/**
 * Each suggested variety keeps its own colour on every map (Caturra is the
 * same colour for every organisation); typed-in others share grey. Matching
 * ignores case, as people type "caturra" too.
 */
function varietyColouring(entries: readonly PlotIndexEntry[]): Colouring {
  const counts = countValues(entries, 'variety', (value) => value.toLocaleLowerCase('es'));
  const legend: LegendEntry[] = [];
  const branches: string[] = [];
  let known = 0;
  coffeeVarieties.forEach((variety, i) => {
    const key = variety.toLocaleLowerCase('es');
    const colour = PALETTE[i % PALETTE.length] ?? OTHER_COLOUR;
    branches.push(key, colour);
    const count = counts.get(key) ?? 0;
    known += count;
    if (count > 0) legend.push({ value: variety, colour, count });
  });
  const missing = counts.get('') ?? 0;
  const other = entries.length - known - missing;
  if (other > 0) legend.push({ value: null, colour: OTHER_COLOUR, count: other });
  if (missing > 0) legend.push({ value: '', colour: MISSING_COLOUR, count: missing });
  const expression = ['match', ['downcase', ['get', 'variety']], ...branches, '', MISSING_COLOUR, OTHER_COLOUR];
  return { attribute: 'variety', legend, expression: expression as unknown as ExpressionSpecification };
}

function systemColouring(entries: readonly PlotIndexEntry[]): Colouring {
  const counts = countValues(entries, 'productionSystem');
  const legend = productionSystems.map((value) => ({
    value,
    colour: SYSTEM_COLOURS[value],
    count: counts.get(value) ?? 0,
  }));
  return {
    attribute: 'productionSystem',
    legend,
    expression: matchExpression('productionSystem', legend, MISSING_COLOUR),
  };
}

export function colouringFor(
  attribute: ColourAttribute,
  entries: readonly PlotIndexEntry[],
  risk: RiskColouringInput | null = null,
): Colouring {
  switch (attribute) {
    case 'variety':
      return varietyColouring(entries);
    case 'productionSystem':
      return systemColouring(entries);
    case 'risk':
      return riskColouring(entries, risk);
    default: {
      const unexpected: never = attribute;
      throw new Error(`Unknown colour attribute ${String(unexpected)}`);
    }
  }
}
