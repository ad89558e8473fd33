import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { Locale } from '../../../shared/domain/settings.js';
import { basemapAssetUrls } from './basemap/asset-urls.js';
import { labelLayers, labelSources } from './basemap/label-layers.js';
import { peruRegions } from './basemap/peru-regions.js';
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
  regionBorder: '#a89c84',
} as const;

export interface BaseStyleOptions {
  /** Language of the place names (Perú/Peru, Brasil/Brazil, Océano Pacífico/Pacific Ocean). Default es-PE. */
  readonly locale?: Locale;
  /** Multiplies every label's text size (presentation mode on a projector). Default 1. */
  readonly textScale?: number;
  /** The page's URL, to which glyph and sprite URLs are made absolute. Default: `document.baseURI`. */
  readonly pageUrl?: string;
}

/**
 * The offline base map, built in code: Natural Earth outlines, Peru's regions
 * (borders and names), a graticule, and labels for Peru's neighbours, the
 * Pacific and Cajamarca's provincial capitals. Glyphs and the sprite come from the app's own origin (built from
 * resources/), so MapLibre never asks anyone else for anything. Plots and
 * risk layers go on top.
 */
export function baseStyle({ locale = 'es-PE', textScale = 1, pageUrl }: BaseStyleOptions = {}): StyleSpecification {
  const world = worldLayers();
  const isHighlighted: ExpressionSpecification = ['==', ['get', 'name'], HIGHLIGHTED_COUNTRY];
  const assets = basemapAssetUrls(pageUrl ?? document.baseURI);
  return {
    version: 8,
    name: 'Cafetal base',
    glyphs: assets.glyphs,
    sprite: assets.sprite,
    sources: {
      countries: { type: 'geojson', data: world.countries, attribution: 'Natural Earth' },
      coastlines: { type: 'geojson', data: world.coastlines },
      borders: { type: 'geojson', data: world.borders },
      graticule: { type: 'geojson', data: graticule({ stepDeg: 1, majorEveryDeg: 5 }) },
      'peru-region-borders': { type: 'geojson', data: peruRegions().borders },
      ...labelSources(locale),
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
        id: 'peru-region-borders',
        type: 'line',
        source: 'peru-region-borders',
        minzoom: 4,
        paint: {
          'line-color': colours.regionBorder,
          'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 8, 1.2],
          'line-dasharray': [4, 2],
        },
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
      ...labelLayers(textScale),
    ],
  };
}
