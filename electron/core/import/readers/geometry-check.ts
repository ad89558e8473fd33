import type { Geometry } from 'geojson';

/**
 * Structural check of a parsed GeoJSON geometry: a known type whose
 * coordinates nest to the right depth and end in 2 or more finite numbers.
 * NOTE: files are written by anyone; later steps (reprojection, area) index
 * into coordinates and must never meet a string or a missing ring. Topology
 * (closed rings, self-intersections) is the importer's job, not this.
 */
export function isGeometry(value: unknown, depth = 0): value is Geometry {
  if (typeof value !== 'object' || value === null) return false;
  const { type, coordinates, geometries } = value as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  switch (type) {
    case 'Point':
      return isPosition(coordinates);
    case 'MultiPoint':
    case 'LineString':
      return isNested(coordinates, 1);
    case 'MultiLineString':
    case 'Polygon':
      return isNested(coordinates, 2);
    case 'MultiPolygon':
      return isNested(coordinates, 3);
    case 'GeometryCollection':
      // A collection nested 100 deep is not a real file; refusing it keeps the recursion bounded.
      return Array.isArray(geometries) && depth < 100 && geometries.every((g) => isGeometry(g, depth + 1));
    default:
      return false;
  }
}

function isPosition(value: unknown): boolean {
  if (!Array.isArray(value) || value.length < 2) return false;
  for (const n of value) if (typeof n !== 'number' || !Number.isFinite(n)) return false;
  return true;
}

/** `levels` arrays of arrays above positions: 1 for a LineString, 2 for a Polygon, 3 for a MultiPolygon. */
function isNested(value: unknown, levels: number): boolean {
  if (!Array.isArray(value)) return false;
  if (levels === 1) {
    for (const p of value) if (!isPosition(p)) return false;
    return true;
  }
  for (const part of value) if (!isNested(part, levels - 1)) return false;
  return true;
}
