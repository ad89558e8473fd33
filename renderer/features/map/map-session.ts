import type { Map as MapLibreMap } from 'maplibre-gl';
import type { TerraDraw } from 'terra-draw';

/**
 * The live map and its terra-draw instance. `removed` turns true just before
 * `map.remove()`: React effects clean up after that, and must not touch a map
 * that no longer has a style.
 */
export interface MapSession {
  readonly map: MapLibreMap;
  readonly draw: TerraDraw;
  removed: boolean;
}
