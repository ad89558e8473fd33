import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Geometry } from 'geojson';
import type { AttributeValue, SourceCrs, SourceData, SourceFeature, SourceWarning } from '../source-types.js';
import { columnsOf, nullGeometryWarnings, toAttributeValue } from './attributes.js';
import { isGeometry } from './geometry-check.js';
import { commonCrs, multipleLayersWarning } from './layers.js';
import { describeError, isUnreadable, unreadable } from './unreadable.js';
import { decodeWkb } from './wkb.js';

type Db = Database.Database;

/** GeoPackage envelope sizes by the flags' envelope indicator (OGC 12-128r18 §2.1.3.1.1). */
const ENVELOPE_BYTES = [0, 32, 48, 48, 64];

/**
 * A GeoPackage (OGC 12-128r18) is a SQLite file. better-sqlite3 opens files,
 * not buffers, so the bytes go to a private temp file, opened read-only and
 * removed afterwards. Every 'features' table is read; `layer` is its name
 * when there are several.
 */
export function readGeoPackage(bytes: Uint8Array): SourceData {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-gpkg-'));
  const file = path.join(dir, 'source.gpkg');
  let db: Db | undefined;
  try {
    fs.writeFileSync(file, bytes);
    // NOTE: a WAL-mode file (header bytes 18–19 = 2) cannot be opened read-only without its -shm;
    // our private copy is switched to rollback mode, which changes nothing in the data.
    if (bytes[18] === 2 || bytes[19] === 2) {
      const fd = fs.openSync(file, 'r+');
      fs.writeSync(fd, Uint8Array.of(1, 1), 0, 2, 18);
      fs.closeSync(fd);
    }
    db = new Database(file, { readonly: true, fileMustExist: true });
    return readOpen(db);
  } catch (error) {
    if (isUnreadable(error)) throw error;
    throw unreadable('NOT_GPKG', 'The file is not a readable GeoPackage.', { detail: describeError(error) });
  } finally {
    db?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * NOTE: a view (or a virtual table) runs SQL written by whoever made the file
 * each time it is read: a recursive query without end holds the reading
 * thread for ever, and SQLite cannot be interrupted from here. Only plain
 * tables are read, as GDAL and QGIS write them.
 */
function assertPlainTable(db: Db, name: string): void {
  const entry = db.prepare('SELECT type, sql FROM sqlite_master WHERE lower(name) = lower(?)').get(name) as
    { type: string; sql: string | null } | undefined;
  if (!entry) throw unreadable('NOT_GPKG', `The GeoPackage lists a table "${name}" it does not hold.`, { table: name });
  if (entry.type !== 'table' || /^\s*CREATE\s+VIRTUAL\s/i.test(entry.sql ?? '')) {
    throw unreadable(
      'NOT_GPKG',
      `"${name}" is a ${entry.type === 'table' ? 'virtual table' : entry.type}, not a table.`,
      {
        problem: 'NOT_A_TABLE',
        table: name,
      },
    );
  }
}

function readOpen(db: Db): SourceData {
  const hasContents = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = 'gpkg_contents'")
    .get();
  if (!hasContents) throw unreadable('NOT_GPKG', 'The SQLite file is not a GeoPackage (no gpkg_contents table).');
  for (const table of ['gpkg_contents', 'gpkg_geometry_columns', 'gpkg_spatial_ref_sys']) assertPlainTable(db, table);
  const layers = db
    .prepare(
      `SELECT c.table_name AS name, g.column_name AS geometryColumn, g.srs_id AS srsId
       FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
       WHERE c.data_type = 'features'`,
    )
    .all() as { name: string; geometryColumn: string; srsId: number }[];
  if (layers.length === 0) throw unreadable('NO_FEATURES', 'The GeoPackage has no feature tables.');
  const crs = commonCrs(layers.map((layer) => ({ name: layer.name, crs: crsOf(db, layer.srsId) })));
  const warnings: SourceWarning[] = multipleLayersWarning(layers.map((layer) => layer.name));
  const features: SourceFeature[] = [];
  let unsupported = 0;
  for (const layer of layers) {
    const read = readLayer(db, layer.name, layer.geometryColumn, layers.length > 1);
    if (read.features.length === 0) warnings.push({ code: 'EMPTY_LAYER', params: { layer: layer.name } });
    for (const feature of read.features) features.push(feature);
    unsupported += read.unsupported;
  }
  warnings.push(...nullGeometryWarnings(features, unsupported));
  if (unsupported > 0) warnings.push({ code: 'UNSUPPORTED_GEOMETRY', params: { count: unsupported } });
  return { format: 'gpkg', features, crs, columns: columnsOf(features), warnings };
}

const quoteId = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** PRAGMA table_xinfo's `hidden`: 2 is a VIRTUAL generated column, computed by the file's own SQL on every read. */
const VIRTUAL_GENERATED = 2;

function readLayer(db: Db, table: string, geometryColumn: string, multiple: boolean) {
  assertPlainTable(db, table);
  // The integer primary key is the feature id (GDAL's FID), not an attribute.
  const info = db.prepare(`PRAGMA table_xinfo(${quoteId(table)})`).all() as {
    name: string;
    type: string;
    pk: number;
    hidden: number;
  }[];
  const fid = info.find((c) => c.pk === 1 && c.type.toUpperCase() === 'INTEGER')?.name;
  const stored = info.filter((c) => c.hidden !== VIRTUAL_GENERATED).map((c) => quoteId(c.name));
  if (stored.length === 0) return { features: [], unsupported: 0 };
  const statement = db.prepare(`SELECT ${stored.join(', ')} FROM ${quoteId(table)}`).raw(true);
  const names = statement.columns().map((c) => c.name);
  const features: SourceFeature[] = [];
  let unsupported = 0;
  let index = 0;
  for (const row of statement.iterate() as Iterable<unknown[]>) {
    const properties: Record<string, AttributeValue> = {};
    let geometry: Geometry | null = null;
    for (let c = 0; c < names.length; c += 1) {
      const name = names[c] as string;
      const value = row[c];
      if (name === geometryColumn) {
        const decoded = geometryOf(value);
        if (decoded === 'unsupported') unsupported += 1;
        else geometry = decoded;
      } else if (name !== fid) {
        // Blob attributes (photos, raw data) are not column values a plot can take.
        properties[name] = value instanceof Uint8Array ? null : toAttributeValue(value);
      }
    }
    features.push(multiple ? { index, geometry, properties, layer: table } : { index, geometry, properties });
    index += 1;
  }
  return { features, unsupported };
}

/** A GeoPackage geometry blob: "GP", version, flags, srs_id, optional envelope, then standard WKB. */
export function geometryOf(blob: unknown): Geometry | null | 'unsupported' {
  if (blob === null || blob === undefined) return null;
  if (!(blob instanceof Uint8Array) || blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) return 'unsupported';
  const flags = blob[3] as number;
  const envelopeBytes = ENVELOPE_BYTES[(flags >> 1) & 0x07];
  // Bit 5: a GeoPackage extension geometry type; bit 4: an empty geometry.
  if (envelopeBytes === undefined || (flags & 0x20) !== 0) return 'unsupported';
  if ((flags & 0x10) !== 0) return null;
  try {
    const geometry = decodeWkb(blob, 8 + envelopeBytes);
    return geometry === null || isGeometry(geometry) ? geometry : 'unsupported';
  } catch {
    return 'unsupported';
  }
}

/** EPSG code when the SRS is an EPSG one (almost always), else its WKT; undefined systems (0, -1) say nothing. */
function crsOf(db: Db, srsId: number): SourceCrs {
  const row = db
    .prepare(
      'SELECT organization, organization_coordsys_id AS code, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?',
    )
    .get(srsId) as { organization: string | null; code: number | null; definition: string | null } | undefined;
  if (!row || srsId === 0 || srsId === -1) return { kind: 'none' };
  if (row.organization?.toUpperCase() === 'EPSG' && typeof row.code === 'number')
    return { kind: 'epsg', code: row.code };
  const wkt = row.definition?.trim() ?? '';
  return wkt === '' || wkt === 'undefined' ? { kind: 'none' } : { kind: 'wkt', wkt };
}
