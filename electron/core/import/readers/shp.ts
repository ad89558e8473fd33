import type { Geometry, Polygon, MultiPolygon, Position } from 'geojson';

/** One .shp record: its geometry, or null for a null shape; `unsupported` for MultiPatch or a corrupt record. */
export interface ShpRecord {
  geometry: Geometry | null;
  unsupported: boolean;
}

/** Thrown for a .shp whose structure is broken (not a .shp, or cut short); the caller turns it into FILE_UNREADABLE. */
export class ShpFormatError extends Error {}

const HEADER_BYTES = 100;
const SHP_FILE_CODE = 9994;

/**
 * Reads every record of an ESRI .shp (ESRI Shapefile Technical Description,
 * July 1998) in one pass over a DataView: no streams, no promises, so 100,000
 * polygons read in a fraction of a second. X/Y and Z are kept, M is dropped.
 */
export function readShp(bytes: Uint8Array): ShpRecord[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < HEADER_BYTES || view.getInt32(0, false) !== SHP_FILE_CODE) {
    throw new ShpFormatError('not an ESRI .shp file (bad file code)');
  }
  // The header's file length (in 16-bit words) ends the records: some writers pad the file after them.
  const declaredBytes = view.getInt32(24, false) * 2;
  const fileEnd = declaredBytes >= HEADER_BYTES && declaredBytes <= bytes.byteLength ? declaredBytes : bytes.byteLength;
  const records: ShpRecord[] = [];
  let offset = HEADER_BYTES;
  // Records are [number, length in 16-bit words] big-endian, then the shape, little-endian.
  while (offset + 8 <= fileEnd) {
    const contentBytes = view.getInt32(offset + 4, false) * 2;
    const start = offset + 8;
    if (contentBytes < 4 || start + contentBytes > fileEnd) {
      throw new ShpFormatError(`record ${records.length + 1} runs past the end of the file`);
    }
    records.push(readRecord(view, start, start + contentBytes));
    offset = start + contentBytes;
  }
  return records;
}

function readRecord(view: DataView, start: number, end: number): ShpRecord {
  try {
    const shapeType = view.getInt32(start, true);
    const hasZ = shapeType === 11 || shapeType === 13 || shapeType === 15 || shapeType === 18;
    switch (shapeType) {
      case 0:
        return { geometry: null, unsupported: false };
      case 1:
      case 11:
      case 21: {
        if (start + (hasZ ? 28 : 20) > end) return { geometry: null, unsupported: true };
        const point = position(view, start + 4, hasZ ? view.getFloat64(start + 20, true) : undefined);
        return record(point && { type: 'Point', coordinates: point });
      }
      case 8:
      case 18:
      case 28: {
        const count = view.getInt32(start + 36, true);
        const points = readPoints(view, start + 40, count, hasZ ? start + 40 + 16 * count + 16 : -1, end);
        return record(
          points && points.length > 0 ? { type: 'MultiPoint', coordinates: points } : null,
          points === null,
        );
      }
      case 3:
      case 13:
      case 23:
      case 5:
      case 15:
      case 25:
        return readParts(view, start, end, shapeType % 10 === 5, hasZ);
      default:
        // MultiPatch (31) and unknown types: 3D surfaces, not plot boundaries.
        return { geometry: null, unsupported: true };
    }
  } catch {
    // A DataView read past the record (RangeError): the record is corrupt, the file may still be usable.
    return { geometry: null, unsupported: true };
  }
}

/** A record from a decoded geometry; a null one means the coordinates were not numbers, unless said otherwise. */
const record = (geometry: Geometry | null, unsupported = geometry === null): ShpRecord => ({ geometry, unsupported });

function position(view: DataView, at: number, z: number | undefined): Position | null {
  const x = view.getFloat64(at, true);
  const y = view.getFloat64(at + 8, true);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  return z === undefined || !Number.isFinite(z) ? [x, y] : [x, y, z];
}

/** `count` points from `at`; Z values from `zAt` when it is ≥ 0. Null when a coordinate is not a number. */
function readPoints(view: DataView, at: number, count: number, zAt: number, end: number): Position[] | null {
  if (count < 0 || at + 16 * count > end || (zAt >= 0 && zAt + 8 * count > end)) return null;
  const points = new Array<Position>(count);
  for (let i = 0; i < count; i += 1) {
    const point = position(view, at + 16 * i, zAt >= 0 ? view.getFloat64(zAt + 8 * i, true) : undefined);
    if (point === null) return null;
    points[i] = point;
  }
  return points;
}

function readParts(view: DataView, start: number, end: number, polygon: boolean, hasZ: boolean): ShpRecord {
  const numParts = view.getInt32(start + 36, true);
  const numPoints = view.getInt32(start + 40, true);
  const pointsAt = start + 44 + 4 * numParts;
  if (numParts < 0 || numPoints < 0 || pointsAt + 16 * numPoints > end) return { geometry: null, unsupported: true };
  if (numPoints === 0) return { geometry: null, unsupported: false };
  const zAt = hasZ ? pointsAt + 16 * numPoints + 16 : -1;
  const parts: Position[][] = [];
  for (let p = 0; p < numParts; p += 1) {
    const first = view.getInt32(start + 44 + 4 * p, true);
    const last = p + 1 < numParts ? view.getInt32(start + 48 + 4 * p, true) : numPoints;
    if (first < 0 || last > numPoints || last < first) return { geometry: null, unsupported: true };
    const points = readPoints(view, pointsAt + 16 * first, last - first, zAt >= 0 ? zAt + 8 * first : -1, end);
    if (points === null) return { geometry: null, unsupported: true };
    if (points.length > 0) parts.push(points);
  }
  if (!polygon) {
    const [only] = parts;
    return record(
      parts.length === 1 && only
        ? { type: 'LineString', coordinates: only }
        : { type: 'MultiLineString', coordinates: parts },
    );
  }
  return record(assemblePolygons(parts));
}

/** Twice the signed area; positive for a counter-clockwise ring. */
function ringArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const a = ring[j] as Position;
    const b = ring[i] as Position;
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum;
}

/**
 * Shapefile polygons are a flat list of rings: clockwise rings are outer
 * boundaries, counter-clockwise ones are holes in the outer ring that holds
 * them. The rings are reversed into RFC 7946 order (outer counter-clockwise,
 * holes clockwise), which is what every later step and the EUDR export expect.
 */
function assemblePolygons(rings: Position[][]): Polygon | MultiPolygon | null {
  const outers: { ring: Position[]; area: number; holes: Position[][] }[] = [];
  const holes: Position[][] = [];
  for (const ring of rings) {
    ring.reverse();
    const area = ringArea2(ring);
    if (area > 0) outers.push({ ring, area, holes: [] });
    else holes.push(ring);
  }
  for (const hole of holes) {
    // With one outer ring (nearly every plot) there is nothing to decide.
    let owner = outers.length === 1 ? outers[0] : undefined;
    for (const outer of outers.length > 1 ? outers : []) {
      if ((!owner || outer.area < owner.area) && ringContainsRing(outer.ring, hole)) owner = outer;
    }
    if (owner) owner.holes.push(hole);
    // A "hole" inside no outer ring was written with the wrong winding: read it as an outer ring.
    else outers.push({ ring: hole.reverse(), area: 0, holes: [] });
  }
  if (outers.length === 0) return null;
  const polygons = outers.map(({ ring, holes: inner }) => [ring, ...inner]);
  const [only] = polygons;
  return polygons.length === 1 && only
    ? { type: 'Polygon', coordinates: only }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/** Whether `inner` lies inside `outer`, judged by its first vertex not on the boundary of `outer`. */
function ringContainsRing(outer: readonly Position[], inner: readonly Position[]): boolean {
  for (const point of inner) {
    const where = pointInRing(outer, point);
    if (where !== 0) return where > 0;
  }
  return false;
}

/** 1 inside, -1 outside, 0 on the boundary (even–odd ray casting). */
function pointInRing(ring: readonly Position[], point: Position): number {
  const x = point[0] as number;
  const y = point[1] as number;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    const onLine = (xj - xi) * (y - yi) === (x - xi) * (yj - yi);
    if (onLine && Math.min(xi, xj) <= x && x <= Math.max(xi, xj) && Math.min(yi, yj) <= y && y <= Math.max(yi, yj)) {
      return 0;
    }
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? 1 : -1;
}
