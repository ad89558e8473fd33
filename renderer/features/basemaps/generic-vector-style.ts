import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { VectorLayer } from '../../../shared/domain/basemap.js';
import { FONT_REGULAR } from '../map/basemap/label-layers.js';

/** Colours a layer gets by what its name says (OpenMapTiles, Protomaps and Spanish IGN/MINAM names). */
const THEMES: readonly { pattern: RegExp; colour: string }[] = [
  { pattern: /water|agua|r[ií]o|river|lago|lake|ocean|mar\b|hidro|quebrada/i, colour: '#4f8fc9' },
  { pattern: /land.?cover|land.?use|park|bosque|forest|veget|cobertura|wood|natural/i, colour: '#5f9e4a' },
  { pattern: /road|transport|street|v[ií]a|carretera|camino|trocha/i, colour: '#b25b1f' },
  { pattern: /building|edific|construc/i, colour: '#8d8579' },
  { pattern: /boundar|l[ií]mite|admin|distrito|provincia/i, colour: '#7b4ea3' },
];
/** The rest in turn: distinct hues, all dark enough to read as lines on the light land colour. */
const PALETTE = ['#c17d11', '#2f6fa8', '#4d8a3c', '#a64d79', '#d06a10', '#3f7f8c', '#8a6d1f'] as const;

export function colourForLayer(id: string, index: number): string {
  return THEMES.find((theme) => theme.pattern.test(id))?.colour ?? (PALETTE[index % PALETTE.length] as string);
}

/** The name attributes of OpenMapTiles/Protomaps (Spanish first) and of Peruvian shapefiles turned into tiles. */
const NAME: ExpressionSpecification = [
  'coalesce',
  ['get', 'name:es'],
  ['get', 'name'],
  ['get', 'nombre'],
  ['get', 'NOMBRE'],
  ['get', 'NOMB'],
  '',
];

const geometryIs = (...types: string[]): ExpressionSpecification => ['match', ['geometry-type'], types, true, false];

/**
 * A readable style for any vector tileset, from its layer ids alone: per
 * source layer, areas as a translucent fill, lines and area outlines as
 * lines, points as small circles, each filtered by geometry type so a layer
 * of any geometry draws. All fills go first, then lines, then points, so no
 * area hides a road; names of points and lines last, in the glyphs the app
 * ships (resources/glyphs, the built-in map's), from whichever name
 * attribute the tileset uses.
 */
export function genericVectorLayers(
  sourceId: string,
  layerIdPrefix: string,
  vectorLayers: readonly VectorLayer[],
): LayerSpecification[] {
  const fills: LayerSpecification[] = [];
  const lines: LayerSpecification[] = [];
  const points: LayerSpecification[] = [];
  const labels: LayerSpecification[] = [];
  vectorLayers.forEach((layer, index) => {
    const colour = colourForLayer(layer.id, index);
    const zooms = {
      ...(layer.minZoom === null ? {} : { minzoom: layer.minZoom }),
    };
    const base = { source: sourceId, 'source-layer': layer.id, ...zooms };
    fills.push({
      ...base,
      id: `${layerIdPrefix}-${index}-fill`,
      type: 'fill',
      filter: geometryIs('Polygon', 'MultiPolygon'),
      paint: { 'fill-color': colour, 'fill-opacity': 0.35 },
    });
    lines.push({
      ...base,
      id: `${layerIdPrefix}-${index}-line`,
      type: 'line',
      filter: geometryIs('LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'),
      paint: {
        'line-color': colour,
        'line-opacity': 0.9,
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.6, 14, 1.8],
      },
    });
    points.push({
      ...base,
      id: `${layerIdPrefix}-${index}-point`,
      type: 'circle',
      filter: geometryIs('Point', 'MultiPoint'),
      paint: {
        'circle-color': colour,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 2, 14, 4],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
      },
    });
    for (const [kind, types] of [
      ['point', ['Point', 'MultiPoint']],
      ['line', ['LineString', 'MultiLineString']],
    ] as const) {
      labels.push({
        ...base,
        id: `${layerIdPrefix}-${index}-${kind}-label`,
        type: 'symbol',
        filter: geometryIs(...types),
        layout: {
          'text-field': NAME,
          'text-font': FONT_REGULAR,
          'text-size': 11,
          'symbol-placement': kind,
          ...(kind === 'point' ? { 'text-offset': [0, 0.9], 'text-anchor': 'top' } : {}),
        },
        paint: { 'text-color': '#2b2420', 'text-halo-color': 'rgba(255, 255, 255, 0.9)', 'text-halo-width': 1.2 },
      });
    }
  });
  return [...fills, ...lines, ...points, ...labels];
}
