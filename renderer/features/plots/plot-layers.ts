import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { PlotFeatureCollection, PlotFeatureProperties } from '../../../shared/api/plots.js';
import { MISSING_COLOUR } from './plot-colouring.js';
import type { PlotIndex } from './plot-index.js';

export const PLOTS_SOURCE = 'plots';
export const CENTRES_SOURCE = 'plot-centres';
export const PLOT_FILL_LAYER = 'plots-fill';
export const PLOT_OUTLINE_LAYER = 'plots-outline';
export const PLOT_POINT_LAYER = 'plots-points';
export const PLOT_CENTRE_LAYER = 'plots-centres';
/** The layers a pointer can hover and click. */
export const INTERACTIVE_PLOT_LAYERS = [PLOT_FILL_LAYER, PLOT_POINT_LAYER, PLOT_CENTRE_LAYER];
/** Sources whose features carry feature-state (hover, selected), keyed by plot id. */
export const PLOT_STATE_SOURCES = [PLOTS_SOURCE, CENTRES_SOURCE];

/**
 * Below this zoom a 1 ha plot is under 2 px wide and its polygon vanishes;
 * a dot at its centre keeps it visible and clickable.
 */
const CENTRES_MAX_ZOOM = 13;
/**
 * Below this zoom polygons are a pixel or two: the centre dots stand in for
 * them, and not drawing 6,000 outlines keeps panning smooth on weak GPUs.
 */
const POLYGONS_MIN_ZOOM = 10;

const OUTLINE_COLOUR = '#3a2a1d';
const SELECTED_COLOUR = '#0b3d91';

const state = (name: 'hover' | 'selected'): ExpressionSpecification => ['boolean', ['feature-state', name], false];

const emptyCollection: PlotFeatureCollection = { type: 'FeatureCollection', features: [] };

/** One point per polygon plot (point plots are drawn as circles already), with the attributes colours use. */
export function plotCentres(index: PlotIndex): FeatureCollection<Point, PlotFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: index.entries
      .filter((entry) => entry.bbox[0] !== entry.bbox[2] || entry.bbox[1] !== entry.bbox[3])
      .map((entry) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: entry.anchor },
        properties: entry.properties,
      })),
  };
}

/**
 * Adds the plots source and its layers, empty, before terra-draw adds its
 * own: drawing then stays on top. `promoteId` lets feature-state (hover,
 * selection) address plots by their UUID.
 */
export function addPlotLayers(map: MapLibreMap): void {
  map.addSource(PLOTS_SOURCE, {
    type: 'geojson',
    data: emptyCollection,
    promoteId: 'id',
    attribution: 'Cafetal',
  });
  map.addSource(CENTRES_SOURCE, { type: 'geojson', data: emptyCollection, promoteId: 'id' });
  map.addLayer({
    id: PLOT_FILL_LAYER,
    type: 'fill',
    source: PLOTS_SOURCE,
    minzoom: POLYGONS_MIN_ZOOM,
    paint: {
      'fill-color': MISSING_COLOUR,
      'fill-opacity': ['case', state('selected'), 0.8, state('hover'), 0.72, 0.55],
    },
  });
  map.addLayer({
    id: PLOT_OUTLINE_LAYER,
    type: 'line',
    source: PLOTS_SOURCE,
    minzoom: POLYGONS_MIN_ZOOM,
    paint: {
      'line-color': ['case', state('selected'), SELECTED_COLOUR, OUTLINE_COLOUR],
      // Thin when zoomed out, where thousands of plots would turn into a brown smear.
      // NOTE: MapLibre wants ["zoom"] at the top, so the feature-state cases go inside.
      'line-width': [
        'interpolate',
        ['linear'],
        ['zoom'],
        9,
        ['case', state('selected'), 3, state('hover'), 2, 0.3],
        15,
        ['case', state('selected'), 3, state('hover'), 2, 1.2],
      ],
      'line-opacity': 0.85,
    },
  });
  map.addLayer({
    id: PLOT_POINT_LAYER,
    type: 'circle',
    source: PLOTS_SOURCE,
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-color': MISSING_COLOUR,
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 2.5, 16, 8],
      'circle-stroke-color': ['case', state('selected'), SELECTED_COLOUR, OUTLINE_COLOUR],
      'circle-stroke-width': ['case', state('selected'), 3, state('hover'), 2, 1],
    },
  });
  map.addLayer({
    id: PLOT_CENTRE_LAYER,
    type: 'circle',
    source: CENTRES_SOURCE,
    maxzoom: CENTRES_MAX_ZOOM,
    paint: {
      'circle-color': MISSING_COLOUR,
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, 1.5, 12, 4],
      'circle-stroke-color': ['case', state('selected'), SELECTED_COLOUR, OUTLINE_COLOUR],
      'circle-stroke-width': ['case', state('selected'), 3, state('hover'), 1.5, 0.4],
    },
  });
}

export function setPlotColours(map: MapLibreMap, expression: ExpressionSpecification | string): void {
  map.setPaintProperty(PLOT_FILL_LAYER, 'fill-color', expression);
  map.setPaintProperty(PLOT_POINT_LAYER, 'circle-color', expression);
  map.setPaintProperty(PLOT_CENTRE_LAYER, 'circle-color', expression);
}

/** Hides one plot (its geometry is being edited with terra-draw, which draws it instead). */
export function hidePlot(map: MapLibreMap, plotId: string | null): void {
  const notHidden: FilterSpecification | null = plotId ? ['!=', ['get', 'id'], plotId] : null;
  map.setFilter(PLOT_FILL_LAYER, notHidden);
  map.setFilter(PLOT_OUTLINE_LAYER, notHidden);
  map.setFilter(PLOT_CENTRE_LAYER, notHidden);
  map.setFilter(
    PLOT_POINT_LAYER,
    notHidden ? ['all', ['==', ['geometry-type'], 'Point'], notHidden] : ['==', ['geometry-type'], 'Point'],
  );
}
