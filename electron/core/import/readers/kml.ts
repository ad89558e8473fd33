import { kmlWithFolders } from '@tmcw/togeojson';
import type { Folder, Root } from '@tmcw/togeojson';
import type { Document, Element } from '@xmldom/xmldom';
import type { Feature, Geometry } from 'geojson';
import type { AttributeValue, SourceData, SourceFeature, SourceFormat, SourceWarning } from '../source-types.js';
import { columnsOf, nullGeometryWarnings, toAttributeValue } from './attributes.js';
import { isGeometry } from './geometry-check.js';
import { unreadable } from './unreadable.js';
import { decodeXml, parseXml } from './xml.js';

/**
 * Display properties togeojson derives from <Style>/<StyleMap>: how Google
 * Earth drew the placemark, not facts about the plot, so they are not offered
 * as columns. (An ExtendedData field with one of these names is lost too.)
 */
const STYLE_KEYS = new Set(['styleUrl', 'styleHash', 'styleMapHash', 'visibility', 'open', 'coordinateProperties']);
const STYLE_PREFIXES = ['stroke', 'fill', 'icon', 'label'];

/**
 * KML as Google Earth, Avenza Maps and GPS apps write it (and the doc.kml in a
 * KMZ). Placemarks keep name, description and ExtendedData; the folder path
 * becomes `layer`. WGS84 by definition (KML 2.2 §6.2).
 */
export function readKml(bytes: Uint8Array, format: SourceFormat = 'kml'): SourceData {
  const doc = parseXml(decodeXml(bytes));
  if (doc.documentElement?.localName !== 'kml') {
    throw unreadable('NOT_KML', 'The XML file is not KML (its root element is not <kml>).', {
      root: doc.documentElement?.localName ?? null,
    });
  }
  ringsAsPolygons(doc);
  const features: SourceFeature[] = [];
  let skipped = 0;
  const visit = (node: Root | Folder, path: string[]): void => {
    for (const child of node.children) {
      if (child.type === 'folder') {
        const name = typeof child.meta.name === 'string' ? child.meta.name.trim() : '';
        visit(child, name === '' ? path : [...path, name]);
        continue;
      }
      // Ground overlays (images) and network links (remote data) are not features of this file.
      if (child.properties?.['@geometry-type'] !== undefined) skipped += 1;
      else features.push(toSourceFeature(child, features.length, path));
    }
  };
  visit(kmlWithFolders(doc), []);
  const warnings: SourceWarning[] = nullGeometryWarnings(features);
  if (skipped > 0) warnings.push({ code: 'UNSUPPORTED_GEOMETRY', params: { count: skipped } });
  return { format, features, crs: { kind: 'wgs84' }, columns: columnsOf(features), warnings };
}

function toSourceFeature(feature: Feature<Geometry | null>, index: number, folders: string[]): SourceFeature {
  const properties: Record<string, AttributeValue> = {};
  for (const [key, value] of Object.entries(feature.properties ?? {})) {
    if (STYLE_KEYS.has(key) || STYLE_PREFIXES.some((prefix) => key === prefix || key.startsWith(`${prefix}-`)))
      continue;
    if (key === 'timespan' && typeof value === 'object' && value !== null) {
      // GDAL's names for a <TimeSpan>, so the column reads the same in both tools.
      const { begin, end } = value as { begin?: unknown; end?: unknown };
      properties.begin = toAttributeValue(begin);
      properties.end = toAttributeValue(end);
      continue;
    }
    // A CDATA description arrives as { "@type": "html", value }: the text is what matters.
    const html = typeof value === 'object' && value !== null && '@type' in value && 'value' in value;
    const text: unknown = html ? (value as { value: unknown }).value : value;
    // XML text keeps the file's indentation around it (" AOI "); a name is what lies between.
    properties[key] = toAttributeValue(typeof text === 'string' ? text.trim() : text);
  }
  const geometry = feature.geometry && isGeometry(feature.geometry) ? homogeneous(feature.geometry) : null;
  const base = { index, geometry, properties };
  return folders.length > 0 ? { ...base, layer: folders.join(' / ') } : base;
}

/**
 * A <MultiGeometry> of polygons only is a plot in several parts: read it as a
 * MultiPolygon (as GDAL's LIBKML driver does), not a GeometryCollection.
 */
function homogeneous(geometry: Geometry): Geometry {
  if (geometry.type !== 'GeometryCollection' || geometry.geometries.length === 0) return geometry;
  const parts = geometry.geometries;
  if (parts.every((g) => g.type === 'Polygon')) {
    return { type: 'MultiPolygon', coordinates: parts.map((g) => g.coordinates) };
  }
  if (parts.every((g) => g.type === 'LineString')) {
    return { type: 'MultiLineString', coordinates: parts.map((g) => g.coordinates) };
  }
  if (parts.every((g) => g.type === 'Point'))
    return { type: 'MultiPoint', coordinates: parts.map((g) => g.coordinates) };
  return geometry;
}

/**
 * A <LinearRing> straight under a Placemark (or MultiGeometry) is a closed
 * boundary: wrap it in <Polygon><outerBoundaryIs> so it reads as the plot
 * area it draws, where togeojson would read an open LineString.
 */
function ringsAsPolygons(doc: Document): void {
  const rings = Array.from(doc.getElementsByTagName('LinearRing'));
  for (const ring of rings) {
    const parent = ring.parentNode as Element | null;
    if (parent?.localName !== 'Placemark' && parent?.localName !== 'MultiGeometry') continue;
    const polygon = doc.createElementNS(ring.namespaceURI, 'Polygon');
    const outer = doc.createElementNS(ring.namespaceURI, 'outerBoundaryIs');
    parent.replaceChild(polygon, ring);
    polygon.appendChild(outer);
    outer.appendChild(ring);
  }
}
