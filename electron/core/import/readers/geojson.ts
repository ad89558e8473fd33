import type { AttributeValue, SourceCrs, SourceData, SourceFeature, SourceWarning } from '../source-types.js';
import { columnsOf, nullGeometryWarnings, toAttributeValue } from './attributes.js';
import { isGeometry } from './geometry-check.js';
import { describeError, unreadable } from './unreadable.js';

const geometryTypes = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

/**
 * GeoJSON: a FeatureCollection, a single Feature or a bare geometry (one
 * feature, as GDAL reads it). One JSON.parse and one pass; parsed geometry
 * and property objects are reused, not copied, so 100,000 plots stay fast.
 */
export function readGeoJson(bytes: Uint8Array): SourceData {
  // TextDecoder drops a UTF-8 byte-order mark, which Windows editors add and JSON.parse refuses.
  const text = new TextDecoder('utf-8').decode(bytes);
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    throw unreadable('BAD_JSON', 'The file is not valid JSON.', { detail: describeError(error) });
  }
  if (typeof root !== 'object' || root === null || Array.isArray(root)) {
    throw unreadable('NOT_GEOJSON', 'The JSON file is not GeoJSON (no FeatureCollection, Feature or geometry).');
  }
  const rawFeatures = featuresOf(root as Record<string, unknown>);
  let malformed = 0;
  const features = rawFeatures.map((raw, index): SourceFeature => {
    if (typeof raw !== 'object' || raw === null) return { index, geometry: null, properties: {} };
    const { geometry, properties, id } = raw as { geometry?: unknown; properties?: unknown; id?: unknown };
    const props = propertiesOf(properties);
    // A top-level feature id is often the plot code; GDAL also exposes it as an "id" field.
    if ((typeof id === 'string' || typeof id === 'number') && !('id' in props)) props.id = id;
    if (geometry === null || geometry === undefined) return { index, geometry: null, properties: props };
    if (isGeometry(geometry)) return { index, geometry, properties: props };
    malformed += 1;
    return { index, geometry: null, properties: props };
  });
  const warnings: SourceWarning[] = nullGeometryWarnings(features, malformed);
  // Malformed geometries are read as null but reported apart: the file holds something we could not use.
  if (malformed > 0) warnings.push({ code: 'UNSUPPORTED_GEOMETRY', params: { count: malformed } });
  return {
    format: 'geojson',
    features,
    crs: crsOf(root as Record<string, unknown>),
    columns: columnsOf(features),
    warnings,
  };
}

function featuresOf(root: Record<string, unknown>): unknown[] {
  if (root.type === 'FeatureCollection') {
    if (Array.isArray(root.features)) return root.features;
    throw unreadable('NOT_GEOJSON', 'The FeatureCollection has no "features" array.');
  }
  if (root.type === 'Feature') return [root];
  if (typeof root.type === 'string' && geometryTypes.has(root.type)) return [{ geometry: root }];
  throw unreadable('NOT_GEOJSON', 'The JSON file is not GeoJSON (no FeatureCollection, Feature or geometry).', {
    type: typeof root.type === 'string' ? root.type : null,
  });
}

function propertiesOf(properties: unknown): Record<string, AttributeValue> {
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) return {};
  const record = properties as Record<string, unknown>;
  // Most files hold only strings and numbers: then the parsed object is already the right shape.
  for (const key in record) {
    const value = record[key];
    if (typeof value === 'object' && value !== null) return convertAll(record);
  }
  return record as Record<string, AttributeValue>;
}

function convertAll(record: Record<string, unknown>): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const key in record) out[key] = toAttributeValue(record[key]);
  return out;
}

/**
 * RFC 7946 GeoJSON is WGS84 lon/lat. Older files (GDAL before 2.3, ArcGIS,
 * Peruvian agency downloads) carry the 2008 `crs` member, e.g.
 * "urn:ogc:def:crs:EPSG::32717" or "EPSG:32717"; their coordinates are then in
 * that system. A name we cannot parse says "something else": 'none'.
 */
export function crsOf(root: Record<string, unknown>): SourceCrs {
  const crs = root.crs as { properties?: { name?: unknown } } | undefined | null;
  const name = crs?.properties?.name;
  if (typeof name !== 'string') return { kind: 'wgs84' };
  if (/CRS:?84$/i.test(name.trim())) return { kind: 'wgs84' };
  const epsg = /^(?:urn:ogc:def:crs:)?EPSG:(?:[\d.]*:)?(\d+)$/i.exec(name.trim());
  return epsg ? { kind: 'epsg', code: Number(epsg[1]) } : { kind: 'none' };
}
