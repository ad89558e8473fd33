import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';

/**
 * The sources of the built-in Natural Earth map (renderer/features/map/
 * base-style.ts). Their line and fill layers, and the background, are the
 * bottom of the stack; everything above them is labels or the app's own
 * layers (climate-risk layers, plots, drawings).
 */
const BUILT_IN_SOURCES = new Set(['countries', 'coastlines', 'borders', 'graticule']);

/** Every style layer this feature adds starts with this, so it can find (and skip) its own. */
export const OWN_PREFIX = 'cafetal-basemap';

const isBuiltIn = (layer: LayerSpecification): boolean =>
  layer.type === 'background' ||
  (layer.type !== 'symbol' && 'source' in layer && BUILT_IN_SOURCES.has(String(layer.source)));

/**
 * Where a basemap, its hillshade and coverage outlines go: just above the
 * built-in map's fills and lines, below any label and every layer of the
 * app. Imagery then hides Natural Earth's 1:50m outlines where it has
 * coverage (they are kilometres off at imagery scales and would draw false
 * borders across it) and leaves them to orient the user everywhere else;
 * plots and climate-risk layers stay on top. Undefined: on top of all.
 */
export function basemapBeforeId(map: MapLibreMap): string | undefined {
  const layers = map.getStyle().layers.filter((layer) => !layer.id.startsWith(OWN_PREFIX));
  let lastBuiltIn = -1;
  layers.forEach((layer, index) => {
    if (isBuiltIn(layer)) lastBuiltIn = index;
  });
  return layers[lastBuiltIn + 1]?.id;
}

/** Our style layers in the map, bottom first. */
export const ownLayerIds = (map: MapLibreMap, prefix: string): string[] =>
  map
    .getStyle()
    .layers.filter((layer) => layer.id.startsWith(prefix))
    .map((layer) => layer.id);

/** Removes every style layer starting with `prefix`, then the sources given. */
export function removeOwn(map: MapLibreMap, prefix: string, sources: readonly string[]): void {
  for (const id of ownLayerIds(map, prefix)) map.removeLayer(id);
  for (const source of sources) if (map.getSource(source)) map.removeSource(source);
}
