import type { Geometry } from 'geojson';

export type Bounds = [west: number, south: number, east: number, north: number];

/** Adds every position of a geometry (any GeoJSON type) to running bounds. */
function extend(bounds: Bounds, geometry: Geometry | null): void {
  if (!geometry) return;
  if (geometry.type === 'GeometryCollection') {
    geometry.geometries.forEach((part) => extend(bounds, part));
    return;
  }
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number') {
      const [lon, lat] = value as number[];
      if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) return;
      bounds[0] = Math.min(bounds[0], lon);
      bounds[1] = Math.min(bounds[1], lat);
      bounds[2] = Math.max(bounds[2], lon);
      bounds[3] = Math.max(bounds[3], lat);
      return;
    }
    value.forEach(visit);
  };
  visit(geometry.coordinates);
}

/** West, south, east, north around the geometries; null when there is no position at all. */
export function geometriesBounds(geometries: Iterable<Geometry | null>): Bounds | null {
  const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const geometry of geometries) extend(bounds, geometry);
  return Number.isFinite(bounds[0]) ? bounds : null;
}
