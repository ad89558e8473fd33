import type { MultiPolygon, Polygon } from 'geojson';
import type { AttributeValue, SourceData } from '../import/source-types.js';

/** Attribute values as class labels: numbers as written ("3"), empty for null. */
export const classLabel = (value: AttributeValue | undefined): string =>
  value === null || value === undefined ? '' : String(value).trim();

export const isAreal = (geometry: unknown): geometry is Polygon | MultiPolygon =>
  typeof geometry === 'object' &&
  geometry !== null &&
  ((geometry as { type?: unknown }).type === 'Polygon' || (geometry as { type?: unknown }).type === 'MultiPolygon');

/** How many features of the file are polygons: hazard zones are areas; points and lines cannot hold a plot. */
export const polygonCount = (source: SourceData): number =>
  source.features.reduce((n, f) => n + (isAreal(f.geometry) ? 1 : 0), 0);

const MAX_VALUES_PER_COLUMN = 200;

/** Each column's distinct values over the polygons, most frequent first (the class-mapping step). */
export function columnValues(source: SourceData): Record<string, { value: string; count: number }[]> {
  const counts = new Map<string, Map<string, number>>(source.columns.map((c) => [c, new Map()]));
  for (const feature of source.features) {
    if (!isAreal(feature.geometry)) continue;
    for (const [column, perValue] of counts) {
      const label = classLabel(feature.properties[column]);
      perValue.set(label, (perValue.get(label) ?? 0) + 1);
    }
  }
  const result: Record<string, { value: string; count: number }[]> = {};
  for (const [column, perValue] of counts) {
    result[column] = [...perValue]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
      .slice(0, MAX_VALUES_PER_COLUMN);
  }
  return result;
}
