import type { Geometry, Position } from 'geojson';
import type { PlotGeometry } from '../../../shared/domain/plot-geometry.js';

const same = (a: Position | undefined, b: Position | undefined): boolean =>
  a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];

/**
 * What a file's geometry can be as a plot: polygons as they are; a closed line
 * (a KML LineString or a track walked around the plot) as a polygon; a
 * collection of polygons as a MultiPolygon; a point as a point plot.
 * Anything else (open lines, multipoints) is not a plot: null.
 */
export function plotGeometryFrom(geometry: Geometry): PlotGeometry | null {
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiPolygon':
    case 'Point':
      return geometry;
    case 'LineString': {
      const line = geometry.coordinates;
      return line.length >= 4 && same(line[0], line[line.length - 1]) ? { type: 'Polygon', coordinates: [line] } : null;
    }
    case 'MultiPoint':
      return geometry.coordinates.length === 1
        ? { type: 'Point', coordinates: geometry.coordinates[0] as Position }
        : null;
    case 'GeometryCollection': {
      const parts = geometry.geometries.map(plotGeometryFrom);
      if (parts.length === 1) return parts[0] ?? null;
      if (parts.length === 0 || parts.some((p) => p === null || p.type === 'Point')) return null;
      return {
        type: 'MultiPolygon',
        coordinates: parts.flatMap((p) =>
          p?.type === 'Polygon' ? [p.coordinates] : p?.type === 'MultiPolygon' ? p.coordinates : [],
        ),
      };
    }
    case 'MultiLineString':
      return geometry.coordinates.length === 1
        ? plotGeometryFrom({ type: 'LineString', coordinates: geometry.coordinates[0] as Position[] })
        : null;
    default:
      return null;
  }
}

/** The third coordinate of a GPS point, as altitude in metres, when there is one. */
export function pointAltitudeM(geometry: PlotGeometry): number | null {
  if (geometry.type !== 'Point' || geometry.coordinates.length < 3) return null;
  const z = geometry.coordinates[2] as number;
  return Number.isFinite(z) && z > 0 ? Math.round(z) : null;
}
