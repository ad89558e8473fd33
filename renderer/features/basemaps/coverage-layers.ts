import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { ActiveBasemap, Basemap } from '../../../shared/domain/basemap.js';

export const COVERAGE_SOURCE = 'cafetal-basemap-coverage';
export const COVERAGE_LAYER = 'cafetal-basemap-coverage-line';

/** Each imported basemap's coverage as a rectangle outline; `active` says which one the map shows. */
export function coverageOutlines(basemaps: readonly Basemap[], active: ActiveBasemap): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: basemaps.map(({ id, bounds: [west, south, east, north] }) => ({
      type: 'Feature',
      properties: { id, active: id === active },
      geometry: {
        type: 'LineString',
        coordinates: [
          [west, south],
          [east, south],
          [east, north],
          [west, north],
          [west, south],
        ],
      },
    })),
  };
}

/** Adds the outlines' source and line layer (once), below `beforeId`, and sets their data. */
export function showCoverage(map: MapLibreMap, outlines: FeatureCollection, beforeId: string | undefined): void {
  const source = map.getSource<GeoJSONSource>(COVERAGE_SOURCE);
  if (source) {
    void source.setData(outlines);
    return;
  }
  map.addSource(COVERAGE_SOURCE, { type: 'geojson', data: outlines });
  map.addLayer(
    {
      id: COVERAGE_LAYER,
      type: 'line',
      source: COVERAGE_SOURCE,
      paint: {
        // The active one solid and darker; the others dashed, so the user sees where switching would help.
        'line-color': ['case', ['get', 'active'], '#7a3e00', '#a0683a'],
        'line-width': ['case', ['get', 'active'], 2, 1.2],
        'line-dasharray': [3, 2],
        'line-opacity': ['case', ['get', 'active'], 0.9, 0.6],
      },
    },
    beforeId,
  );
}
