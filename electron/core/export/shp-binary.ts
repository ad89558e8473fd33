import type { Position } from 'geojson';
import { emptyBbox, extendBbox } from './export-geometry.js';
import type { Bbox } from './export-geometry.js';

/** Shape types of the ESRI Shapefile Technical Description (1998). */
export const SHAPE_POINT = 1;
export const SHAPE_POLYGON = 5;

/** A record's content: one point, or the rings of a (multi-part) polygon already oriented for .shp. */
export type ShapeRecord = { type: 'point'; position: Position } | { type: 'polygon'; rings: Position[][] };

function contentBytes(record: ShapeRecord): number {
  if (record.type === 'point') return 20;
  const points = record.rings.reduce((sum, ring) => sum + ring.length, 0);
  return 44 + 4 * record.rings.length + 16 * points;
}

/** The 100-byte header shared by .shp and .shx; lengths are in 16-bit words, big-endian. */
function header(fileBytes: number, shapeType: number, box: Bbox): Buffer {
  const out = Buffer.alloc(100);
  out.writeInt32BE(9994, 0);
  out.writeInt32BE(fileBytes / 2, 24);
  out.writeInt32LE(1000, 28);
  out.writeInt32LE(shapeType, 32);
  // An empty layer has no extent: zeros, as GDAL writes.
  const finite = Number.isFinite(box[0]);
  out.writeDoubleLE(finite ? box[0] : 0, 36);
  out.writeDoubleLE(finite ? box[1] : 0, 44);
  out.writeDoubleLE(finite ? box[2] : 0, 52);
  out.writeDoubleLE(finite ? box[3] : 0, 60);
  return out;
}

function writeContent(out: Buffer, offset: number, record: ShapeRecord): void {
  if (record.type === 'point') {
    out.writeInt32LE(SHAPE_POINT, offset);
    out.writeDoubleLE(record.position[0] as number, offset + 4);
    out.writeDoubleLE(record.position[1] as number, offset + 12);
    return;
  }
  const box = emptyBbox();
  for (const ring of record.rings) extendBbox(box, ring);
  out.writeInt32LE(SHAPE_POLYGON, offset);
  box.forEach((value, i) => out.writeDoubleLE(value, offset + 4 + 8 * i));
  const points = record.rings.reduce((sum, ring) => sum + ring.length, 0);
  out.writeInt32LE(record.rings.length, offset + 36);
  out.writeInt32LE(points, offset + 40);
  let partsAt = offset + 44;
  let pointsAt = partsAt + 4 * record.rings.length;
  let firstPoint = 0;
  for (const ring of record.rings) {
    partsAt = out.writeInt32LE(firstPoint, partsAt);
    firstPoint += ring.length;
    for (const position of ring) {
      pointsAt = out.writeDoubleLE(position[0] as number, pointsAt);
      pointsAt = out.writeDoubleLE(position[1] as number, pointsAt);
    }
  }
}

/** The main file (.shp) and its index (.shx) for records of one shape type. */
export function shpAndShx(shapeType: number, records: readonly ShapeRecord[]): { shp: Buffer; shx: Buffer } {
  const box = emptyBbox();
  for (const record of records) {
    if (record.type === 'point') extendBbox(box, [record.position]);
    else for (const ring of record.rings) extendBbox(box, ring);
  }
  const sizes = records.map(contentBytes);
  const shpBytes = 100 + sizes.reduce((sum, size) => sum + 8 + size, 0);
  const shp = Buffer.alloc(shpBytes);
  const shx = Buffer.alloc(100 + 8 * records.length);
  header(shpBytes, shapeType, box).copy(shp, 0);
  header(shx.length, shapeType, box).copy(shx, 0);
  let offset = 100;
  records.forEach((record, index) => {
    const size = sizes[index] as number;
    shx.writeInt32BE(offset / 2, 100 + 8 * index);
    shx.writeInt32BE(size / 2, 104 + 8 * index);
    shp.writeInt32BE(index + 1, offset);
    shp.writeInt32BE(size / 2, offset + 4);
    writeContent(shp, offset + 8, record);
    offset += 8 + size;
  });
  return { shp, shx };
}
