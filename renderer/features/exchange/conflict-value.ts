import type { MultiPolygon, Polygon, Position } from 'geojson';
import { geodesicAreaHa } from '../../../shared/geo/geodesic.js';

/**
 * A conflict candidate's value as stored in a change (`unknown`: a column
 * value, so text, a number, null, or JSON text for geometry and lists),
 * sorted into what the screen can say in words. A geometry is never shown
 * as its coordinates: people compare plots by shape size, not by numbers.
 */
export type DescribedValue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'polygon'; readonly parts: number; readonly vertices: number; readonly areaHa: number }
  | { readonly kind: 'point'; readonly lon: number; readonly lat: number }
  | { readonly kind: 'deleted'; readonly at: string }
  | { readonly kind: 'notDeleted' }
  | { readonly kind: 'dateTime'; readonly at: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'composite'; readonly json: string };

/** JSON text (lists, geometry) back to its value; any other text stays text. */
function parsedJson(text: string): unknown {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return text;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return text;
  }
}

const isPoint = (value: unknown): value is [number, number, ...number[]] =>
  Array.isArray(value) && value.length >= 2 && typeof value[0] === 'number' && typeof value[1] === 'number';
const isPosition = (value: unknown): value is Position => isPoint(value);
const isRing = (value: unknown): value is Position[] => Array.isArray(value) && value.every(isPosition);
const isRings = (value: unknown): value is Position[][] => Array.isArray(value) && value.every(isRing);

/** Corners of a polygon's rings: each ring repeats its first position at the end (RFC 7946 §3.1.6). */
const ringVertices = (rings: readonly Position[][]): number =>
  rings.reduce((sum, ring) => sum + Math.max(ring.length - 1, 0), 0);

function describeGeometry(value: object): DescribedValue | null {
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type === 'Polygon' && isRings(coordinates)) {
    const polygon: Polygon = { type, coordinates };
    return { kind: 'polygon', parts: 1, vertices: ringVertices(coordinates), areaHa: geodesicAreaHa(polygon) };
  }
  if (type === 'MultiPolygon' && Array.isArray(coordinates) && coordinates.every(isRings)) {
    const multi: MultiPolygon = { type, coordinates };
    const vertices = coordinates.reduce((sum, rings) => sum + ringVertices(rings), 0);
    return { kind: 'polygon', parts: coordinates.length, vertices, areaHa: geodesicAreaHa(multi) };
  }
  if (type === 'Point' && isPoint(coordinates)) return { kind: 'point', lon: coordinates[0], lat: coordinates[1] };
  return null;
}

export function describeValue(field: string, raw: unknown): DescribedValue {
  const value = typeof raw === 'string' ? parsedJson(raw) : raw;
  if (field === 'deleted_at') {
    return typeof value === 'string' && value !== '' ? { kind: 'deleted', at: value } : { kind: 'notDeleted' };
  }
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'string') {
    // Columns named *_at hold ISO timestamps: shown as dates in the user's format.
    return field.endsWith('_at') && !Number.isNaN(Date.parse(value))
      ? { kind: 'dateTime', at: value }
      : { kind: 'text', text: value };
  }
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
    return value.length === 0 ? { kind: 'empty' } : { kind: 'list', items: value.map(String) };
  }
  if (typeof value === 'object') {
    const geometry = describeGeometry(value);
    if (geometry) return geometry;
  }
  return { kind: 'composite', json: JSON.stringify(value) };
}
