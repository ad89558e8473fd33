import type { Geometry, Position } from 'geojson';

/** A WKB geometry we do not read (curves, surfaces, TINs), or bytes that are not WKB. */
export class WkbError extends Error {}

const MAX_COLLECTION_DEPTH = 32;

/**
 * Well-Known Binary (OGC Simple Features 1.2.1 §8.2) to GeoJSON: ISO type
 * codes (1003 = Polygon Z) and the older EWKB flags (0x80000000 = Z) that
 * some writers still put in GeoPackages. Z is kept, M dropped. Returns null
 * for an empty geometry (POINT EMPTY is written as NaN coordinates).
 */
export function decodeWkb(bytes: Uint8Array, offset = 0): Geometry | null {
  const reader = new WkbReader(bytes, offset);
  return reader.geometry(0);
}

class WkbReader {
  private readonly view: DataView;
  private little = true;
  private dims = 2;
  private hasZ = false;

  constructor(
    bytes: Uint8Array,
    private at: number,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  geometry(depth: number): Geometry | null {
    if (depth > MAX_COLLECTION_DEPTH) throw new WkbError('geometry collections nested too deep');
    this.little = this.view.getUint8(this.at) === 1;
    this.at += 1;
    let type = this.view.getUint32(this.at, this.little);
    this.at += 4;
    let z = (type & 0x80000000) !== 0;
    let m = (type & 0x40000000) !== 0;
    if ((type & 0x20000000) !== 0) this.at += 4; // EWKB SRID
    type &= 0x0fffffff;
    const family = Math.floor(type / 1000);
    if (family === 1 || family === 3) z = true;
    if (family === 2 || family === 3) m = true;
    type %= 1000;
    this.hasZ = z;
    this.dims = 2 + (z ? 1 : 0) + (m ? 1 : 0);
    switch (type) {
      case 1: {
        const p = this.position();
        return Number.isNaN(p[0]) && Number.isNaN(p[1]) ? null : { type: 'Point', coordinates: p };
      }
      case 2: {
        const line = this.positions();
        return line.length === 0 ? null : { type: 'LineString', coordinates: line };
      }
      case 3: {
        const rings = this.rings();
        return rings.length === 0 ? null : { type: 'Polygon', coordinates: rings };
      }
      case 4:
      case 5:
      case 6:
      case 7:
        return this.collection(type, depth);
      default:
        throw new WkbError(`WKB geometry type ${type} is not supported`);
    }
  }

  private collection(type: number, depth: number): Geometry | null {
    const count = this.count(5);
    const parts: Geometry[] = [];
    for (let i = 0; i < count; i += 1) {
      const part = this.geometry(depth + 1);
      if (part !== null) parts.push(part);
    }
    if (parts.length === 0) return null;
    const coordinates = (expected: Geometry['type']) =>
      parts.map((part) => {
        if (part.type !== expected || !('coordinates' in part))
          throw new WkbError(`a ${part.type} inside a multi-${expected}`);
        return part.coordinates;
      });
    switch (type) {
      case 4:
        return { type: 'MultiPoint', coordinates: coordinates('Point') as Position[] };
      case 5:
        return { type: 'MultiLineString', coordinates: coordinates('LineString') as Position[][] };
      case 6:
        return { type: 'MultiPolygon', coordinates: coordinates('Polygon') as Position[][][] };
      default:
        return { type: 'GeometryCollection', geometries: parts };
    }
  }

  /** A count, refused when the remaining bytes cannot hold that many items of `minBytes` (a corrupt count must not allocate gigabytes). */
  private count(minBytes: number): number {
    const n = this.view.getUint32(this.at, this.little);
    this.at += 4;
    if (n * minBytes > this.view.byteLength - this.at) throw new WkbError('count runs past the end of the geometry');
    return n;
  }

  private position(): Position {
    const x = this.view.getFloat64(this.at, this.little);
    const y = this.view.getFloat64(this.at + 8, this.little);
    const p: Position = this.hasZ ? [x, y, this.view.getFloat64(this.at + 16, this.little)] : [x, y];
    this.at += 8 * this.dims;
    return p;
  }

  private positions(): Position[] {
    const n = this.count(8 * this.dims);
    const out = new Array<Position>(n);
    for (let i = 0; i < n; i += 1) out[i] = this.position();
    return out;
  }

  private rings(): Position[][] {
    const n = this.count(4);
    const out: Position[][] = [];
    for (let i = 0; i < n; i += 1) {
      const ring = this.positions();
      if (ring.length > 0) out.push(ring);
    }
    return out;
  }
}
