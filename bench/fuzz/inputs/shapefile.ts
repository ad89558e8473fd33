import fc from 'fast-check';
import { zipSync } from 'fflate';
import type { FuzzCase } from '../fuzz-types.js';
import { hostileStrings } from '../mutate.js';
import { coordinateNumber, ring } from './values.js';

/** ESRI shape types (ESRI Shapefile Technical Description, 1998): null, point, polyline, polygon, multipoint, Z and M. */
const shapeTypes = [0, 1, 3, 5, 8, 11, 13, 15, 18, 21, 23, 25, 28, 31] as const;

interface Shape {
  type: number;
  parts: number[][][];
  /** Lies in the record: a part count or point count that does not match, a part index out of range. */
  lie: { numParts?: number; numPoints?: number; partIndex?: number } | null;
}

const shape: fc.Arbitrary<Shape> = fc.record({
  type: fc.oneof(
    { weight: 6, arbitrary: fc.constant(5) },
    { weight: 3, arbitrary: fc.constantFrom(...shapeTypes) },
    { weight: 1, arbitrary: fc.integer({ min: -5, max: 300 }) },
  ),
  parts: fc.array(ring, { minLength: 0, maxLength: 3 }),
  lie: fc.oneof(
    { weight: 6, arbitrary: fc.constant(null) },
    {
      weight: 1,
      arbitrary: fc.record(
        {
          numParts: fc.constantFrom(-1, 0, 1, 1000, 0x7fffffff),
          numPoints: fc.constantFrom(-1, 0, 2, 100_000, 0x7fffffff),
          partIndex: fc.constantFrom(-1, 999_999, 0x7fffffff),
        },
        { requiredKeys: [] },
      ),
    },
  ),
});

function shapeContent(s: Shape): Buffer {
  const points = s.parts.flat();
  const base = s.type % 10 === 1 || s.type === 1 ? 1 : s.type;
  if (s.type === 0) return Buffer.alloc(4, 0);
  if (base === 1 || s.type === 11 || s.type === 21) {
    const out = Buffer.alloc(s.type === 1 ? 20 : 36);
    out.writeInt32LE(s.type, 0);
    const [x = 0, y = 0] = points[0] ?? [];
    out.writeDoubleLE(x, 4);
    out.writeDoubleLE(y, 12);
    return out;
  }
  const multipoint = s.type === 8 || s.type === 18 || s.type === 28;
  const numParts = s.lie?.numParts ?? s.parts.length;
  const numPoints = s.lie?.numPoints ?? points.length;
  const partsBytes = multipoint ? 0 : 4 * s.parts.length;
  const hasZ = [13, 15, 18, 31].includes(s.type);
  const out = Buffer.alloc(
    4 + 32 + (multipoint ? 4 : 8) + partsBytes + 16 * points.length + (hasZ ? 16 + 8 * points.length : 0),
  );
  let o = 0;
  out.writeInt32LE(s.type, o);
  o += 4;
  const xs = points.map((p) => p[0] ?? 0);
  const ys = points.map((p) => p[1] ?? 0);
  for (const v of [Math.min(...xs, 0), Math.min(...ys, 0), Math.max(...xs, 0), Math.max(...ys, 0)]) {
    out.writeDoubleLE(v, o);
    o += 8;
  }
  if (!multipoint) {
    out.writeInt32LE(numParts | 0, o);
    o += 4;
  }
  out.writeInt32LE(numPoints | 0, o);
  o += 4;
  if (!multipoint) {
    let start = 0;
    for (const [i, part] of s.parts.entries()) {
      out.writeInt32LE(i === 0 && s.lie?.partIndex !== undefined ? s.lie.partIndex : start, o);
      o += 4;
      start += part.length;
    }
  }
  for (const p of points) {
    out.writeDoubleLE(p[0] ?? 0, o);
    out.writeDoubleLE(p[1] ?? 0, o + 8);
    o += 16;
  }
  return out;
}

/** A .shp file: header then records; the file length and record lengths can lie too. */
function writeShp(shapes: Shape[], headerType: number, lengthLie: number | null): Buffer {
  const records = shapes.map((s, i) => {
    const content = shapeContent(s);
    const header = Buffer.alloc(8);
    header.writeInt32BE(i + 1, 0);
    header.writeInt32BE(content.length / 2, 4);
    return Buffer.concat([header, content]);
  });
  const body = Buffer.concat(records);
  const header = Buffer.alloc(100);
  header.writeInt32BE(9994, 0);
  header.writeInt32BE(lengthLie ?? (100 + body.length) / 2, 24);
  header.writeInt32LE(1000, 28);
  header.writeInt32LE(headerType, 32);
  return Buffer.concat([header, body]);
}

interface Field {
  name: string;
  type: string;
  length: number;
  decimals: number;
}

const field: fc.Arbitrary<Field> = fc.record({
  name: fc.oneof(
    fc.constantFrom('NOMBRE', 'PRODUCTOR', 'CODIGO', 'AREA_HA', 'NIVEL', '__proto__', 'constructor', "'); DROP"),
    fc.string({ maxLength: 11 }),
  ),
  type: fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom('C', 'N', 'F', 'D', 'L') },
    { weight: 1, arbitrary: fc.constantFrom('M', 'B', 'I', '@', 'T', '\0', 'Z') },
  ),
  length: fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: 1, max: 40 }) },
    { weight: 1, arbitrary: fc.constantFrom(0, 254, 255) },
  ),
  decimals: fc.integer({ min: 0, max: 20 }),
});

const dbfValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(...hostileStrings),
  coordinateNumber.map(String),
  fc.constantFrom('20240230', '99999999', 'T', 'F', '?', '*****', ''),
);

interface DbfSpec {
  fields: Field[];
  rows: string[][];
  deleted: boolean[];
  encoding: 'latin1' | 'utf8';
  lies: { records?: number; headerLength?: number; recordLength?: number };
}

function writeDbf(spec: DbfSpec): Buffer {
  const recordLength = 1 + spec.fields.reduce((n, f) => n + f.length, 0);
  const headerLength = 32 + 32 * spec.fields.length + 1;
  const header = Buffer.alloc(headerLength);
  header.writeUInt8(0x03, 0);
  header.writeUInt8(124, 1);
  header.writeUInt8(5, 2);
  header.writeUInt8(17, 3);
  header.writeUInt32LE((spec.lies.records ?? spec.rows.length) >>> 0, 4);
  header.writeUInt16LE((spec.lies.headerLength ?? headerLength) & 0xffff, 8);
  header.writeUInt16LE((spec.lies.recordLength ?? recordLength) & 0xffff, 10);
  for (const [i, f] of spec.fields.entries()) {
    const at = 32 + i * 32;
    Buffer.from(f.name, spec.encoding).copy(header, at, 0, 10);
    header.write(f.type.slice(0, 1) || 'C', at + 11, 'latin1');
    header.writeUInt8(f.length & 0xff, at + 16);
    header.writeUInt8(f.decimals & 0xff, at + 17);
  }
  header.writeUInt8(0x0d, headerLength - 1);
  const records = spec.rows.map((row, r) => {
    const record = Buffer.alloc(recordLength, 0x20);
    record.write(spec.deleted[r] ? '*' : ' ', 0, 'latin1');
    let at = 1;
    for (const [c, f] of spec.fields.entries()) {
      Buffer.from(row[c] ?? '', spec.encoding).copy(record, at, 0, f.length);
      at += f.length;
    }
    return record;
  });
  return Buffer.concat([header, ...records, Buffer.from([0x1a])]);
}

const dbfSpec = (count: number): fc.Arbitrary<DbfSpec> =>
  fc.record({
    fields: fc.array(field, { maxLength: 6 }),
    rows: fc.array(fc.array(dbfValue, { maxLength: 6 }), { minLength: count, maxLength: count + 2 }),
    deleted: fc.array(fc.boolean(), { maxLength: count + 2 }),
    encoding: fc.constantFrom('latin1' as const, 'utf8' as const),
    lies: fc.oneof(
      { weight: 5, arbitrary: fc.constant({}) },
      {
        weight: 1,
        arbitrary: fc.record(
          {
            records: fc.constantFrom(0, 1, 1_000_000, 0xffffffff),
            headerLength: fc.constantFrom(0, 1, 31, 33, 0xffff),
            recordLength: fc.constantFrom(0, 1, 0xffff),
          },
          { requiredKeys: [] },
        ),
      },
    ),
  });

const prj = fc.constantFrom(
  null,
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
  'PROJCS["WGS_1984_UTM_Zone_17S",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",10000000.0],PARAMETER["Central_Meridian",-81.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
  'PROJCS["PSAD_1956_UTM_Zone_17S",GEOGCS["GCS_Provisional_S_American_1956",DATUM["D_Provisional_S_American_1956",SPHEROID["International_1924",6378388.0,297.0]]]]',
  'PROJCS["Unknown",GEOGCS["X",DATUM["Y",SPHEROID["Z",0,0]]],PROJECTION["Krovak"],PARAMETER["x",NaN]]',
  'garbage',
  '',
  'PROJCS['.repeat(5000),
);

const cpg = fc.constantFrom(null, 'UTF-8', '1252', 'ISO-8859-1', 'CP850', 'x-unknown', '65001', '');

/** Generated zipped shapefiles: every shape type, lying headers and counts, odd .dbf fields, .prj and .cpg, layouts. */
export const generatedShapefile: fc.Arbitrary<FuzzCase> = fc
  .array(shape, { maxLength: 8 })
  .chain((shapes) =>
    fc.record({
      shapes: fc.constant(shapes),
      dbf: dbfSpec(shapes.length),
      headerType: fc.oneof(fc.constant(5), fc.constantFrom(...shapeTypes)),
      lengthLie: fc.oneof(
        { weight: 5, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constantFrom(0, 1, 50, 0x7fffffff, -1) },
      ),
      prj,
      cpg,
      layout: fc.constantFrom('flat', 'folder', 'upper', 'noDbf', 'twoLayers', 'macjunk', 'onlyShx'),
    }),
  )
  .map(({ shapes, dbf, headerType, lengthLie, prj: prjText, cpg: cpgText, layout }) => {
    const shp = writeShp(shapes, headerType, lengthLie);
    const dbfBytes = writeDbf(dbf);
    const name = layout === 'folder' ? 'Parcelas/lotes' : 'lotes';
    const ext = (e: string) => (layout === 'upper' ? e.toUpperCase() : e);
    const files: Record<string, Uint8Array> = {};
    if (layout !== 'onlyShx') files[`${name}.${ext('shp')}`] = shp;
    files[`${name}.${ext('shx')}`] = shp.subarray(0, 100);
    if (layout !== 'noDbf') files[`${name}.${ext('dbf')}`] = dbfBytes;
    if (prjText !== null) files[`${name}.${ext('prj')}`] = Buffer.from(prjText, 'latin1');
    if (cpgText !== null) files[`${name}.${ext('cpg')}`] = Buffer.from(cpgText, 'latin1');
    if (layout === 'twoLayers') {
      files['otra.shp'] = shp;
      files['otra.dbf'] = dbfBytes;
    }
    if (layout === 'macjunk') files[`__MACOSX/._${name}.shp`] = Uint8Array.of(0, 5, 22, 7);
    return {
      label: `generated shapefile (${shapes.length} shapes, ${dbf.fields.length} fields, ${layout}${lengthLie === null ? '' : `, length ${lengthLie}`})`,
      fileName: 'parcelas.zip',
      bytes: zipSync(files),
    };
  });
