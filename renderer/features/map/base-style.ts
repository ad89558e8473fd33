import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { graticule } from './graticule.js';
import { worldLayers } from './world.js';

/** Natural Earth names the country this way in world-atlas. */
const HIGHLIGHTED_COUNTRY = 'Peru';

const colours = {
  sea: '#cfe2ec',
  land: '#f3f0e6',
  highlightedLand: '#e3ecd6',
  coastline: '#7d9fb3',
  border: '#9b8f78',
  highlightedBorder: '#2e6b3f',
  graticule: '#46687c',
} as const;

/**
 * The offline base map, built in code: no `glyphs`, no `sprite`, no tiles and
 * no text layers, so MapLibre never makes a network request. Later issues add
 * plots and risk layers on top.
 */
export function baseStyle(): StyleSpecification {
  const world = worldLayers();
  const isHighlighted: ExpressionSpecification = ['==', ['get', 'name'], HIGHLIGHTED_COUNTRY];
  return {
    version: 8,
    name: 'Cafetal base',
    sources: {
      countries: { type: 'geojson', data: world.countries, attribution: 'Natural Earth' },
      coastlines: { type: 'geojson', data: world.coastlines },
      borders: { type: 'geojson', data: world.borders },
      graticule: { type: 'geojson', data: graticule({ stepDeg: 1, majorEveryDeg: 5 }) },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': colours.sea } },
      {
        id: 'land',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': ['case', isHighlighted, colours.highlightedLand, colours.land] },
      },
      {
        id: 'graticule',
        type: 'line',
        source: 'graticule',
        paint: {
          'line-color': colours.graticule,
          'line-opacity': ['case', ['get', 'major'], 0.4, 0.18],
          'line-width': ['case', ['get', 'major'], 0.9, 0.6],
        },
      },
      {
        id: 'coastline',
        type: 'line',
        source: 'coastlines',
        paint: { 'line-color': colours.coastline, 'line-width': 0.8 },
      },
      {
        id: 'country-borders',
        type: 'line',
        source: 'borders',
        paint: { 'line-color': colours.border, 'line-width': 1, 'line-dasharray': [3, 2] },
      },
      {
        id: 'highlighted-country-outline',
        type: 'line',
        source: 'countries',
        filter: isHighlighted,
        paint: { 'line-color': colours.highlightedBorder, 'line-width': 1.6 },
      },
    ],
  };
}
