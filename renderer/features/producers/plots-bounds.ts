import type { PlotFeatureCollection } from '../../../shared/api/plots.js';

export type Bounds = [west: number, south: number, east: number, north: number];

/** West, south, east, north around every vertex (and GPS point) of the plots; null when there are none. */
export function plotsBounds(collection: PlotFeatureCollection): Bounds | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const add = (position: number[]): void => {
    const [lon = NaN, lat = NaN] = position;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return;
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  };
  for (const { geometry } of collection.features) {
    switch (geometry.type) {
      case 'Point':
        add(geometry.coordinates);
        break;
      case 'Polygon':
        geometry.coordinates.forEach((ring) => ring.forEach(add));
        break;
      case 'MultiPolygon':
        geometry.coordinates.forEach((polygon) => polygon.forEach((ring) => ring.forEach(add)));
        break;
    }
  }
  return Number.isFinite(west) ? [west, south, east, north] : null;
}
