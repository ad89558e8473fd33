import { gpx } from '@tmcw/togeojson';
import type { Document, Element } from '@xmldom/xmldom';
import type { Geometry, Polygon, Position } from 'geojson';
import { geodesicDistanceM } from '../../../../shared/geo/geodesic.js';
import type { AttributeValue, SourceData, SourceFeature, SourceWarning } from '../source-types.js';
import { columnsOf, nullGeometryWarnings, toAttributeValue } from './attributes.js';
import { isGeometry } from './geometry-check.js';
import { unreadable } from './unreadable.js';
import { decodeXml, parseXml } from './xml.js';

/**
 * A track whose ends are this close was walked around a plot: a handheld GPS
 * under coffee shade is off by 5–20 m, so the walk rarely ends on its first
 * point exactly. 50 m keeps an out-and-back path along a road from passing.
 */
export const CLOSED_TRACK_MAX_GAP_M = 50;

/** togeojson's bookkeeping and line styles: not attributes of the plot. */
const DROPPED_KEYS = new Set(['_gpxType', 'coordinateProperties', 'stroke', 'stroke-opacity', 'stroke-width']);

const layerOf = (gpxType: unknown): 'track' | 'route' | 'waypoint' =>
  gpxType === 'trk' ? 'track' : gpxType === 'rte' ? 'route' : 'waypoint';

/**
 * GPX from handheld GPS units and phone apps. Walking around a plot gives a
 * closed track, read as a Polygon; an open track stays a LineString (with a
 * warning: the importer rejects it). Waypoints are Points with name, ele and
 * time. WGS84 by definition (GPX 1.1 schema).
 */
export function readGpx(bytes: Uint8Array): SourceData {
  const doc = parseXml(decodeXml(bytes));
  if (doc.documentElement?.localName !== 'gpx') {
    throw unreadable('NOT_GPX', 'The XML file is not GPX (its root element is not <gpx>).', {
      root: doc.documentElement?.localName ?? null,
    });
  }
  dropPointExtensions(doc);
  let open = 0;
  const collection = gpx(doc);
  const features = collection.features.map((feature, index): SourceFeature => {
    const layer = layerOf(feature.properties?._gpxType);
    const properties: Record<string, AttributeValue> = {};
    for (const [key, value] of Object.entries(feature.properties ?? {})) {
      // XML text keeps the file's indentation around it; a name is what lies between.
      if (!DROPPED_KEYS.has(key)) properties[key] = toAttributeValue(typeof value === 'string' ? value.trim() : value);
    }
    let geometry: Geometry | null = isGeometry(feature.geometry) ? feature.geometry : null;
    if (geometry?.type === 'Point') {
      const ele = geometry.coordinates[2];
      if (ele !== undefined) properties.ele = ele;
    } else if (geometry?.type === 'LineString' || geometry?.type === 'MultiLineString') {
      const area = closedArea(geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates);
      if (area) geometry = area;
      else open += 1;
    }
    return { index, geometry, properties, layer };
  });
  const warnings: SourceWarning[] = nullGeometryWarnings(features);
  if (open > 0) warnings.push({ code: 'OPEN_TRACK_KEPT_AS_LINE', params: { count: open } });
  return { format: 'gpx', features, crs: { kind: 'wgs84' }, columns: columnsOf(features), warnings };
}

/**
 * The polygon a closed track or route draws, or null when it is open. A track
 * in several segments (the app paused and resumed) is one walk: its segments
 * are joined end to end before the ends are compared.
 */
function closedArea(lines: Position[][]): Polygon | null {
  const ring = closedRing(lines.length === 1 ? (lines[0] as Position[]) : lines.flat());
  return ring ? { type: 'Polygon', coordinates: [ring] } : null;
}

/** The line as a closed ring (last position = first) when its ends are within the gap, else null. */
function closedRing(line: Position[]): Position[] | null {
  const first = line[0];
  const last = line[line.length - 1];
  if (!first || !last || line.length < 3) return null;
  if (!(geodesicDistanceM(first, last) <= CLOSED_TRACK_MAX_GAP_M)) return null;
  // GeoJSON needs the closing position identical to the first (elevation included).
  const samePlace = first[0] === last[0] && first[1] === last[1];
  const ring = samePlace ? [...line.slice(0, -1), first] : [...line, first];
  return ring.length >= 4 ? ring : null;
}

/**
 * Per-point <extensions> (heart rate, cadence, power from sports watches)
 * would surface as track attributes holding the last point's value; a
 * track's own <extensions> (GDAL writes attributes there) stay.
 */
function dropPointExtensions(doc: Document): void {
  for (const extensions of Array.from(doc.getElementsByTagName('extensions'))) {
    const parent = extensions.parentNode as Element | null;
    if (parent?.localName === 'trkpt' || parent?.localName === 'rtept') parent.removeChild(extensions);
  }
}
