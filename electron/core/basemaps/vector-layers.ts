import type { VectorLayer } from '../../../shared/domain/basemap.js';

const zoomOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 30 ? value : null;

/**
 * TileJSON 3.0 `vector_layers` ([{ id, minzoom?, maxzoom?, fields }]), given
 * as the MBTiles `json` metadata text or a PMTiles metadata object. Anything
 * malformed is left out; an empty list means "sample the tiles instead".
 */
export function vectorLayersFrom(source: unknown): VectorLayer[] {
  let value = source;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return [];
    }
  }
  const list = (value as { vector_layers?: unknown } | null)?.vector_layers;
  if (!Array.isArray(list)) return [];
  const seen = new Set<string>();
  const layers: VectorLayer[] = [];
  for (const entry of list as unknown[]) {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '' || id.length > 200 || seen.has(id)) continue;
    seen.add(id);
    const { minzoom, maxzoom } = entry as { minzoom?: unknown; maxzoom?: unknown };
    layers.push({ id, minZoom: zoomOrNull(minzoom), maxZoom: zoomOrNull(maxzoom) });
  }
  return layers.slice(0, 200);
}
