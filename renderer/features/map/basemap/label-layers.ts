import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { CAJAMARCA_TOWNS } from '../../../../shared/geo/cajamarca-towns.js';
import type { Town } from '../../../../shared/geo/cajamarca-towns.js';
import type { Locale } from '../../../../shared/domain/settings.js';
import { peruRegions } from './peru-regions.js';
import { PLACE_LABELS, placeName } from './place-labels.js';

/** The fontstacks shipped in resources/glyphs (scripts/build-glyphs.ts). */
export const FONT_REGULAR = ['Noto Sans Regular'];
export const FONT_BOLD = ['Noto Sans Bold'];

/** Icon names in resources/sprites/cafetal.json (scripts/sprites/town-icons.ts). */
export const TOWN_ICON = { 'department-capital': 'town-capital', 'province-capital': 'town' } as const;

const colours = {
  country: '#6b604c',
  emphasisedCountry: '#2e6b3f',
  ocean: '#46687c',
  region: '#7d725e',
  emphasisedRegion: '#2e6b3f',
  town: '#2b2420',
  halo: 'rgba(255, 255, 255, 0.92)',
} as const;

/** Zoom from which towns show: the department capital one step before the others. */
const TOWN_MIN_ZOOM = { 'department-capital': 5, 'province-capital': 6 } as const;

type Stop = readonly [zoom: number, sizePx: number];

/**
 * A `text-size` that grows with zoom, times `scale` (presentation mode), and
 * times `emphasis` for features where `when` holds. NOTE: MapLibre only
 * accepts a zoom curve at the top of the expression, so the data-driven
 * factor goes inside each stop.
 */
function sizeByZoom(
  stops: readonly Stop[],
  scale: number,
  emphasis?: { when: ExpressionSpecification; factor: number },
) {
  const px = (size: number): number => Math.round(size * scale * 10) / 10;
  const output = (size: number): number | ExpressionSpecification =>
    emphasis ? ['case', emphasis.when, px(size * emphasis.factor), px(size)] : px(size);
  return [
    'interpolate',
    ['linear'],
    ['zoom'],
    ...stops.flatMap(([z, size]) => [z, output(size)]),
  ] as ExpressionSpecification;
}

const point = (lon: number, lat: number, properties: Record<string, unknown>): Feature<Point> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties,
});

function townFeatures(towns: readonly Town[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: towns.map((town) =>
      point(town.lon, town.lat, {
        id: town.id,
        name: town.name,
        kind: town.kind,
        icon: TOWN_ICON[town.kind],
        minZoom: TOWN_MIN_ZOOM[town.kind],
        // Lower draws first and wins collisions: the department capital before the provinces'.
        rank: town.kind === 'department-capital' ? 0 : 1,
        altitudeM: town.altitudeM,
      }),
    ),
  };
}

function placeFeatures(locale: Locale): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: PLACE_LABELS.map((label) =>
      point(label.lon, label.lat, {
        id: label.id,
        kind: label.kind,
        name: placeName(label, locale),
        emphasised: label.emphasised ?? false,
      }),
    ),
  };
}

/** GeoJSON sources for the labels; names are baked in for `locale` (a language change rebuilds the style). */
export function labelSources(locale: Locale): Record<string, SourceSpecification> {
  return {
    'place-labels': { type: 'geojson', data: placeFeatures(locale) },
    // Region names are proper names, the same in both languages.
    'peru-regions': { type: 'geojson', data: peruRegions().labelAreas, attribution: 'Natural Earth' },
    towns: { type: 'geojson', data: townFeatures(CAJAMARCA_TOWNS) },
  };
}

/**
 * Country, ocean and town labels, above the outlines. Symbol layers collide
 * with each other (MapLibre's default): a label that does not fit is left out,
 * and a town keeps its dot when only its name is crowded out (`text-optional`).
 * Halos keep text legible over plots and raster layers.
 */
export function labelLayers(textScale: number): LayerSpecification[] {
  const emphasised: ExpressionSpecification = ['get', 'emphasised'];
  const isCapital: ExpressionSpecification = ['==', ['get', 'kind'], 'department-capital'];
  const isCajamarca: ExpressionSpecification = ['==', ['get', 'name'], 'Cajamarca'];
  const halo = { 'text-halo-color': colours.halo, 'text-halo-width': 1.5 * textScale, 'text-halo-blur': 0.5 };
  return [
    {
      id: 'ocean-label',
      type: 'symbol',
      source: 'place-labels',
      filter: ['==', ['get', 'kind'], 'ocean'],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': sizeByZoom(
          [
            [2, 12],
            [5, 15],
            [8, 18],
          ],
          textScale,
        ),
        'text-letter-spacing': 0.25,
        'text-max-width': 6,
      },
      paint: { 'text-color': colours.ocean, ...halo },
    },
    {
      id: 'country-label',
      type: 'symbol',
      source: 'place-labels',
      filter: ['==', ['get', 'kind'], 'country'],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': ['case', emphasised, ['literal', FONT_BOLD], ['literal', FONT_REGULAR]],
        'text-size': sizeByZoom(
          [
            [3, 11],
            [5, 13],
            [8, 16],
          ],
          textScale,
          { when: emphasised, factor: 1.2 },
        ),
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
        'symbol-sort-key': ['case', emphasised, 0, 1],
      },
      paint: { 'text-color': ['case', emphasised, colours.emphasisedCountry, colours.country], ...halo },
    },
    {
      // Peru's regions, named at the scale of the country and a region; Cajamarca stands out.
      id: 'region-label',
      type: 'symbol',
      source: 'peru-regions',
      minzoom: 5,
      maxzoom: 9,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': ['case', isCajamarca, ['literal', FONT_BOLD], ['literal', FONT_REGULAR]],
        'text-size': sizeByZoom(
          [
            [5, 10],
            [8, 13],
          ],
          textScale,
        ),
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.1,
        'text-max-width': 7,
        // After the countries' and towns' labels: a crowded region name gives way.
        'symbol-sort-key': 2,
      },
      paint: { 'text-color': ['case', isCajamarca, colours.emphasisedRegion, colours.region], ...halo },
    },
    {
      id: 'town-label',
      type: 'symbol',
      source: 'towns',
      minzoom: TOWN_MIN_ZOOM['department-capital'],
      filter: ['>=', ['zoom'], ['get', 'minZoom']],
      layout: {
        'icon-image': ['get', 'icon'],
        'icon-size': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 9, 1, 12, 1.25],
        'text-field': ['get', 'name'],
        'text-font': ['case', isCapital, ['literal', FONT_BOLD], ['literal', FONT_REGULAR]],
        'text-size': sizeByZoom(
          [
            [5, 11],
            [9, 14],
            [12, 17],
          ],
          textScale,
          { when: isCapital, factor: 1.1 },
        ),
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.75,
        'text-justify': 'auto',
        'text-optional': true,
        'text-max-width': 8,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': colours.town, ...halo },
    },
  ];
}
