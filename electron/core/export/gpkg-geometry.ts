import type { Position } from 'geojson';
import type { Bbox } from './export-geometry.js';

// ISO/OGC WKB geometry type codes (2D).
const WKB_POINT = 1;
const WKB_POLYGON = 3;
const WKB_MULTIPOLYGON = 6;

/** Writes little-endian values into a buffer of known size. */
class ByteWriter {
  readonly buffer: Buffer;
  private offset = 0;
  constructor(size: number) {
    this.buffer = Buffer.alloc(size);
  }
  uint8(value: number): void {
    this.offset = this.buffer.writeUInt8(value, this.offset);
  }
  uint32(value: number): void {
    this.offset = this.buffer.writeUInt32LE(value, this.offset);
  }
  int32(value: number): void {
    this.offset = this.buffer.writeInt32LE(value, this.offset);
  }
  double(value: number): void {
    this.offset = this.buffer.writeDoubleLE(value, this.offset);
  }
}

/**
 * The GeoPackage binary header (GeoPackage 1.3 §2.1.3): magic "GP", version
 * 0, flags (bit 0 = little endian; bits 1–3 = envelope kind, 1 = [minx, maxx,
 * miny, maxy]), the srs_id, then the envelope. The WKB follows.
 */
function writeHeader(out: ByteWriter, srsId: number, envelope: Bbox | null): void {
  out.uint8(0x47); // 'G'
  out.uint8(0x50); // 'P'
  out.uint8(0);
  out.uint8(envelope ? 0b0000_0011 : 0b0000_0001);
  out.int32(srsId);
  if (envelope) {
    out.double(envelope[0]);
    out.double(envelope[2]);
    out.double(envelope[1]);
    out.double(envelope[3]);
  }
}

const HEADER_BYTES = 8;
const ENVELOPE_BYTES = 32;

/** A point as a GeoPackage geometry blob (no envelope: a point is its own). */
export function gpkgPoint(position: Position, srsId: number): Buffer {
  const out = new ByteWriter(HEADER_BYTES + 21);
  writeHeader(out, srsId, null);
  out.uint8(1);
  out.uint32(WKB_POINT);
  out.double(position[0] as number);
  out.double(position[1] as number);
  return out.buffer;
}

/**
 * Polygons (one or several) as a MultiPolygon blob, so that a table can hold
 * plain and multi-part plots alike. Positions are written as [lon, lat]:
 * GeoPackage stores x = longitude whatever EPSG's axis order says.
 */
export function gpkgMultiPolygon(polygons: readonly Position[][][], srsId: number, envelope: Bbox): Buffer {
  let size = HEADER_BYTES + ENVELOPE_BYTES + 9;
  for (const rings of polygons) {
    size += 9;
    for (const ring of rings) size += 4 + 16 * ring.length;
  }
  const out = new ByteWriter(size);
  writeHeader(out, srsId, envelope);
  out.uint8(1);
  out.uint32(WKB_MULTIPOLYGON);
  out.uint32(polygons.length);
  for (const rings of polygons) {
    out.uint8(1);
    out.uint32(WKB_POLYGON);
    out.uint32(rings.length);
    for (const ring of rings) {
      out.uint32(ring.length);
      for (const position of ring) {
        out.double(position[0] as number);
        out.double(position[1] as number);
      }
    }
  }
  return out.buffer;
}
