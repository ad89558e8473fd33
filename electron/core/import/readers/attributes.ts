import type { AttributeValue, SourceFeature, SourceWarning } from '../source-types.js';

/**
 * A value as Cafetal stores attributes. Nested objects and arrays (GeoJSON
 * properties, KML timespans) become JSON text so the column mapping step can
 * still show them; undefined, functions and non-finite numbers become null.
 */
export function toAttributeValue(value: unknown): AttributeValue {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'bigint':
      return Number(value);
    case 'object':
      return value === null ? null : JSON.stringify(value);
    default:
      return null;
  }
}

/** Attribute names in first-seen order over all features (the union: GeoJSON properties vary per feature). */
export function columnsOf(features: readonly SourceFeature[]): string[] {
  const seen = new Set<string>();
  for (const feature of features) {
    for (const key in feature.properties) seen.add(key);
  }
  return [...seen];
}

/**
 * FEATURES_WITHOUT_GEOMETRY when some records carry no geometry; the importer
 * rejects those with a reason. `unreadable` null geometries were reported apart
 * (UNSUPPORTED_GEOMETRY) and are not counted twice.
 */
export function nullGeometryWarnings(features: readonly SourceFeature[], unreadable = 0): SourceWarning[] {
  let count = -unreadable;
  for (const feature of features) if (feature.geometry === null) count += 1;
  return count > 0 ? [{ code: 'FEATURES_WITHOUT_GEOMETRY', params: { count } }] : [];
}
