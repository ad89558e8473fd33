import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { createGpkgCore } from '../../../electron/core/export/gpkg-schema.js';
import type { FuzzCase } from '../fuzz-types.js';
import { hostileStrings } from '../mutate.js';
import { attributeName, attributeValue, coordinateNumber, ring } from './values.js';

/** WKB geometries (OGC SF 1.2.1 §8.2), well-formed or lying about counts, types and byte order. */
type Wkb =
  | { kind: 'polygon'; rings: number[][][]; type: number }
  | { kind: 'point'; x: number; y: number; type: number }
  | { kind: 'raw'; bytes: number[] }
  | { kind: 'nested'; depth: number }
  | { kind: 'lyingCount'; count: number };

const wkb: fc.Arbitrary<Wkb> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('polygon' as const),
      rings: fc.array(ring, { maxLength: 3 }),
      type: fc.constantFrom(3, 3, 3, 1003, 2003, 3003, 0x80000003, 0x20000003, 17, 15, 6),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('point' as const),
      x: coordinateNumber,
      y: coordinateNumber,
      type: fc.constantFrom(1, 1001, 4),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('raw' as const),
      bytes: fc.array(fc.nat({ max: 255 }), { maxLength: 64 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('nested' as const), depth: fc.integer({ min: 1, max: 5000 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('lyingCount' as const),
      count: fc.constantFrom(0x7fffffff, 0xffffffff, 1_000_000),
    }),
  },
);

function writeWkb(w: Wkb, little: boolean): Buffer {
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    if (little) b.writeUInt32LE(n >>> 0);
    else b.writeUInt32BE(n >>> 0);
    return b;
  };
  const f64 = (n: number) => {
    const b = Buffer.alloc(8);
    if (little) b.writeDoubleLE(n);
    else b.writeDoubleBE(n);
    return b;
  };
  const order = Buffer.from([little ? 1 : 0]);
  switch (w.kind) {
    case 'point':
      return Buffer.concat([order, u32(w.type), f64(w.x), f64(w.y), ...(w.type > 1000 ? [f64(0)] : [])]);
    case 'polygon': {
      const dims = w.type === 3003 ? 4 : w.type === 1003 || w.type === 2003 || w.type === 0x80000003 ? 3 : 2;
      const parts = [order, u32(w.type)];
      if (w.type === 0x20000003) parts.push(u32(4326));
      parts.push(u32(w.rings.length));
      for (const r of w.rings) {
        parts.push(u32(r.length));
        for (const p of r) for (let d = 0; d < dims; d += 1) parts.push(f64(p[d] ?? 0));
      }
      return Buffer.concat(parts);
    }
    case 'raw':
      return Buffer.from(w.bytes);
    case 'nested':
      return Buffer.concat([
        ...Array.from({ length: w.depth }, () => Buffer.concat([order, u32(7), u32(1)])),
        order,
        u32(1),
        f64(1),
        f64(2),
      ]);
    case 'lyingCount':
      return Buffer.concat([order, u32(3), u32(1), u32(w.count), f64(-78.9), f64(-5.1)]);
    default: {
      const never: never = w;
      throw new Error(`Unknown WKB ${JSON.stringify(never)}`);
    }
  }
}

/** A GeoPackage geometry blob: "GP", version, flags (envelope indicator, empty, extension bits), srs_id, envelope. */
const blob = fc
  .record({
    wkb,
    little: fc.boolean(),
    flags: fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(0x01, 0x03, 0x00) },
      { weight: 1, arbitrary: fc.nat({ max: 255 }) },
    ),
    magic: fc.oneof(
      { weight: 9, arbitrary: fc.constant('GP') },
      { weight: 1, arbitrary: fc.constantFrom('PG', '\0\0', 'GP\0') },
    ),
  })
  .map(({ wkb: w, little, flags, magic }) => {
    const envelope = [0, 32, 48, 48, 64][(flags >> 1) & 7] ?? 0;
    const header = Buffer.alloc(8 + envelope);
    header.write(magic.slice(0, 2).padEnd(2, '\0'), 0, 'latin1');
    header.writeUInt8(0, 2);
    header.writeUInt8(flags, 3);
    header.writeInt32LE(4326, 4);
    return Buffer.concat([header, writeWkb(w, little)]);
  });

/** Hostile structures a GeoPackage can hold besides plain tables. */
const trick = fc.constantFrom(
  'none',
  'none',
  'none',
  'noContents',
  'noGeometryColumns',
  'missingGeometryColumn',
  'textGeometry',
  'srsUnknown',
  'srsWkt',
  'featureView',
  'recursiveView',
  'contentsView',
  'generatedColumn',
  'wal',
  'hostileTableName',
  'twoLayers',
);

const layer = fc.record({
  columns: fc
    .uniqueArray(attributeName, { maxLength: 5, selector: (n) => n.toLowerCase() }) // SQLite names end at a NUL byte, and fid/geom are taken: such names cannot be written at all.
    .map((names) =>
      names.filter((n) => n !== '' && !n.includes('\0') && n.toLowerCase() !== 'fid' && n.toLowerCase() !== 'geom'),
    ),
  rows: fc.array(
    fc.record({
      geometry: fc.oneof({ weight: 8, arbitrary: blob }, { weight: 1, arbitrary: fc.constant(null) }),
      values: fc.array(attributeValue, { maxLength: 5 }),
    }),
    { maxLength: 12 },
  ),
});

const sqlValue = (v: unknown): string | number | bigint | Buffer | null => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return JSON.stringify(v);
};

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Writes the GeoPackage to a temp file with better-sqlite3 and returns its bytes. */
function buildGpkg(spec: {
  layer: { columns: string[]; rows: { geometry: Buffer | null; values: unknown[] }[] };
  trick: string;
  tableName: string;
}): Uint8Array {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-fuzz-gpkg-'));
  const file = path.join(dir, 'x.gpkg');
  try {
    const db = new Database(file);
    try {
      // Hostile files break the rules the specification's foreign keys state.
      db.pragma('foreign_keys = OFF');
      if (spec.trick === 'wal') db.pragma('journal_mode = WAL');
      createGpkgCore(db);
      const table = spec.trick === 'hostileTableName' ? (hostileStrings[0] as string) : spec.tableName;
      const srs = spec.trick === 'srsUnknown' ? 99999 : spec.trick === 'srsWkt' ? 32717 : 4326;
      if (spec.trick === 'srsWkt') {
        db.prepare("INSERT INTO gpkg_spatial_ref_sys VALUES ('utm', 32717, 'custom', 1, ?, '')").run(
          'PROJCS["WGS 84 / UTM zone 17S",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]]],PROJECTION["Transverse_Mercator"],PARAMETER["central_meridian",-81],PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",500000],PARAMETER["false_northing",10000000],UNIT["metre",1]]',
        );
      }
      const columns = spec.layer.columns.map(
        (c) =>
          `${quote(c)} ${spec.trick === 'generatedColumn' && c === spec.layer.columns[0] ? `AS (zeroblob(100000000)) VIRTUAL` : 'TEXT'}`,
      );
      db.exec(
        `CREATE TABLE ${quote(table)} (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom ${spec.trick === 'textGeometry' ? 'TEXT' : 'BLOB'}${columns.map((c) => `, ${c}`).join('')})`,
      );
      const insertable = spec.trick === 'generatedColumn' ? spec.layer.columns.slice(1) : spec.layer.columns;
      const insert = db.prepare(
        `INSERT INTO ${quote(table)} (geom${insertable.map((c) => `, ${quote(c)}`).join('')}) VALUES (?${insertable.map(() => ', ?').join('')})`,
      );
      for (const row of spec.layer.rows) {
        const geometry = spec.trick === 'textGeometry' && row.geometry ? row.geometry.toString('latin1') : row.geometry;
        insert.run(
          geometry,
          ...insertable.map((_, i) => sqlValue(row.values[i + (spec.trick === 'generatedColumn' ? 1 : 0)])),
        );
      }
      let featureTable = table;
      if (spec.trick === 'featureView') {
        db.exec(`CREATE VIEW vista AS SELECT * FROM ${quote(table)}`);
        featureTable = 'vista';
      }
      if (spec.trick === 'recursiveView') {
        // Rows without end: a reader that walks a view row by row never finishes.
        db.exec(
          'CREATE VIEW vista AS WITH RECURSIVE n(fid) AS (SELECT 1 UNION ALL SELECT fid + 1 FROM n) SELECT fid, NULL AS geom FROM n',
        );
        featureTable = 'vista';
      }
      if (spec.trick !== 'noContents') {
        db.prepare(
          "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES (?, 'features', ?, ?)",
        ).run(featureTable, featureTable, srs === 99999 ? null : srs);
      }
      if (spec.trick !== 'noGeometryColumns' && spec.trick !== 'noContents') {
        db.prepare("INSERT INTO gpkg_geometry_columns VALUES (?, ?, 'GEOMETRY', ?, 0, 0)").run(
          featureTable,
          spec.trick === 'missingGeometryColumn' ? 'shape' : 'geom',
          srs,
        );
      }
      if (spec.trick === 'twoLayers') {
        db.exec(`CREATE TABLE otra (fid INTEGER PRIMARY KEY, geom BLOB, nivel TEXT)`);
        db.prepare(
          "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('otra', 'features', 'otra', 0)",
        ).run();
        db.prepare("INSERT INTO gpkg_geometry_columns VALUES ('otra', 'geom', 'POLYGON', 0, 0, 0)").run();
      }
      if (spec.trick === 'contentsView') {
        db.exec('ALTER TABLE gpkg_contents RENAME TO contents_base');
        db.exec(
          "CREATE VIEW gpkg_contents AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT 'x' || i AS table_name, 'features' AS data_type FROM n",
        );
      }
    } finally {
      db.close();
    }
    return new Uint8Array(fs.readFileSync(file));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Generated GeoPackages: random layers, geometry blobs well-formed or not, and hostile SQLite structures. */
export const generatedGpkg: fc.Arbitrary<FuzzCase> = fc
  .record({ layer, trick, tableName: fc.constantFrom('parcelas', 'Lotes 2024', 'a"b', 'select') })
  .map((spec) => ({
    label: `generated GeoPackage (${spec.trick}, ${spec.layer.rows.length} rows, table ${JSON.stringify(spec.tableName)})`,
    fileName: 'parcelas.gpkg',
    bytes: buildGpkg(spec),
  }));
