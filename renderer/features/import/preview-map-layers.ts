import type { Feature, FeatureCollection, MultiLineString, Position } from 'geojson';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { ImportVerdict } from '../../../shared/domain/import.js';

export const PREVIEW_SOURCE = 'import-preview';
/** Rejected outlines as lines: see rejectedOutlines(). */
export const REJECTED_OUTLINE_SOURCE = 'import-preview-rejected-outlines';
export const HATCH_IMAGE = 'import-rejected-hatch';

/** Shared with the legend and the table badges (import-wizard.css uses the same values). */
export const verdictColours: Record<ImportVerdict, string> = {
  imported: '#2e7d32',
  warnings: '#c98a00',
  rejected: '#b3261e',
  unchanged: '#7a8580',
};
const SELECTED = '#1c54b2';

const colourByVerdict: ExpressionSpecification = [
  'match',
  ['get', 'verdict'],
  'imported',
  verdictColours.imported,
  'warnings',
  verdictColours.warnings,
  'rejected',
  verdictColours.rejected,
  verdictColours.unchanged,
];
const isArea: ExpressionSpecification = ['!=', ['geometry-type'], 'Point'];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
const isRejected: ExpressionSpecification = ['==', ['get', 'verdict'], 'rejected'];

/** The feature whose `row` (position in the verdicts) is selected; -1 selects nothing. */
const isRow = (row: number | null): ExpressionSpecification => ['==', ['get', 'row'], row ?? -1];
export const selectedAreaFilter = (row: number | null): ExpressionSpecification => ['all', isArea, isRow(row)];
export const selectedPointFilter = (row: number | null): ExpressionSpecification => ['all', isPoint, isRow(row)];
export const selectedRejectedFilter = isRow;

/**
 * Features coloured by verdict. Rejected ones are also hatched with a dashed
 * outline (areas) or hollow (points), so they stand out without colour —
 * on a greyscale print or for colour-blind users.
 */
export function previewLayers(): LayerSpecification[] {
  const source = PREVIEW_SOURCE;
  return [
    {
      id: 'import-fill',
      type: 'fill',
      source,
      filter: ['all', isArea, ['!', isRejected]],
      paint: { 'fill-color': colourByVerdict, 'fill-opacity': 0.35 },
    },
    {
      id: 'import-fill-rejected',
      type: 'fill',
      source,
      filter: ['all', isArea, isRejected],
      paint: { 'fill-pattern': HATCH_IMAGE },
    },
    {
      id: 'import-outline',
      type: 'line',
      source,
      filter: ['all', isArea, ['!', isRejected]],
      paint: { 'line-color': colourByVerdict, 'line-width': 2 },
    },
    {
      id: 'import-outline-rejected',
      type: 'line',
      source: REJECTED_OUTLINE_SOURCE,
      paint: { 'line-color': verdictColours.rejected, 'line-width': 2, 'line-dasharray': [2, 1.5] },
    },
    {
      id: 'import-points',
      type: 'circle',
      source,
      filter: isPoint,
      paint: {
        'circle-radius': 6,
        'circle-color': colourByVerdict,
        'circle-opacity': ['case', isRejected, 0.15, 0.85],
        'circle-stroke-color': colourByVerdict,
        'circle-stroke-width': ['case', isRejected, 3, 1.5],
      },
    },
    {
      id: 'import-selected-outline',
      type: 'line',
      source,
      filter: selectedAreaFilter(null),
      paint: { 'line-color': SELECTED, 'line-width': 4 },
    },
    {
      id: 'import-selected-rejected',
      type: 'line',
      source: REJECTED_OUTLINE_SOURCE,
      filter: isRow(null),
      paint: { 'line-color': SELECTED, 'line-width': 4 },
    },
    {
      id: 'import-selected-point',
      type: 'circle',
      source,
      filter: selectedPointFilter(null),
      paint: {
        'circle-radius': 10,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': SELECTED,
        'circle-stroke-width': 3,
      },
    },
  ];
}

/** Layers a click can pick a feature from. */
export const clickableLayers = ['import-fill', 'import-fill-rejected', 'import-outline-rejected', 'import-points'];

/**
 * The outlines of rejected areas as lines. NOTE: a polygon whose outline
 * crosses itself (a bow tie) can have a net area of zero, and MapLibre's
 * tiler drops such rings from polygon layers entirely — the very plots the
 * user must see. As lines they are always drawn.
 */
export function rejectedOutlines(collection: FeatureCollection): FeatureCollection<MultiLineString> {
  const features: Feature<MultiLineString>[] = [];
  for (const feature of collection.features) {
    const { geometry } = feature;
    if (feature.properties?.verdict !== 'rejected') continue;
    let rings: Position[][] = [];
    if (geometry.type === 'Polygon') rings = geometry.coordinates;
    else if (geometry.type === 'MultiPolygon') rings = geometry.coordinates.flat();
    if (rings.length === 0) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'MultiLineString', coordinates: rings },
      properties: feature.properties,
    });
  }
  return { type: 'FeatureCollection', features };
}

/** An 8×8 diagonal hatch in the rejected red, built in code: the offline style has no sprite. */
export function hatchImage(): { width: number; height: number; data: Uint8Array } {
  const size = 8;
  const data = new Uint8Array(size * size * 4);
  const [r, g, b] = [0xb3, 0x26, 0x1e];
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const onLine = (x + y) % size < 2;
      const offset = (y * size + x) * 4;
      data.set(onLine ? [r, g, b, 200] : [r, g, b, 40], offset);
    }
  }
  return { width: size, height: size, data };
}
