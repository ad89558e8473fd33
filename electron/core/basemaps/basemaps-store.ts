import { ApiError } from '../../../shared/api/errors.js';
import { BUILTIN_BASEMAP, basemapSchema } from '../../../shared/domain/basemap.js';
import type { ActiveBasemap, Basemap, BasemapFacts } from '../../../shared/domain/basemap.js';
import type { Store } from '../store/open-store.js';
import { nowIso } from '../store/rows.js';
import { stmt } from '../store/statements.js';

interface BasemapRow {
  id: string;
  name: string;
  kind: string;
  file_name: string;
  source_file_name: string;
  size_bytes: number;
  format: string;
  tile_size: number;
  min_zoom: number;
  max_zoom: number;
  west: number;
  south: number;
  east: number;
  north: number;
  attribution: string;
  vector_layers: string;
  created_at: string;
}

const fromRow = (row: BasemapRow): Basemap =>
  basemapSchema.parse({
    id: row.id,
    name: row.name,
    kind: row.kind,
    fileName: row.file_name,
    sourceFileName: row.source_file_name,
    sizeBytes: row.size_bytes,
    format: row.format,
    tileSize: row.tile_size,
    minZoom: row.min_zoom,
    maxZoom: row.max_zoom,
    bounds: [row.west, row.south, row.east, row.north],
    attribution: row.attribution,
    vectorLayers: JSON.parse(row.vector_layers) as unknown,
    createdAt: row.created_at,
  });

export function listBasemaps(db: Store): Basemap[] {
  return (stmt(db, 'SELECT * FROM basemaps ORDER BY created_at, id').all() as BasemapRow[]).map(fromRow);
}

export function findBasemap(db: Store, id: string): Basemap | null {
  const row = stmt(db, 'SELECT * FROM basemaps WHERE id = ?').get(id) as BasemapRow | undefined;
  return row ? fromRow(row) : null;
}

export function getBasemap(db: Store, id: string): Basemap {
  const basemap = findBasemap(db, id);
  if (!basemap) throw new ApiError('NOT_FOUND', 'No such basemap.', { entity: 'basemap', id });
  return basemap;
}

export interface NewBasemap {
  id: string;
  name: string;
  fileName: string;
  sourceFileName: string;
  sizeBytes: number;
  facts: BasemapFacts;
}

export function insertBasemap(db: Store, basemap: NewBasemap): Basemap {
  const { facts } = basemap;
  const [west, south, east, north] = facts.bounds;
  stmt(
    db,
    `INSERT INTO basemaps (id, name, kind, file_name, source_file_name, size_bytes, format, tile_size, min_zoom,
       max_zoom, west, south, east, north, attribution, vector_layers, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    basemap.id,
    basemap.name,
    facts.kind,
    basemap.fileName,
    basemap.sourceFileName,
    basemap.sizeBytes,
    facts.format,
    facts.tileSize,
    facts.minZoom,
    facts.maxZoom,
    west,
    south,
    east,
    north,
    facts.attribution,
    JSON.stringify(facts.vectorLayers),
    nowIso(),
  );
  return getBasemap(db, basemap.id);
}

export function renameBasemap(db: Store, id: string, name: string): Basemap {
  const changed = stmt(db, 'UPDATE basemaps SET name = ? WHERE id = ?').run(name, id).changes;
  if (changed === 0) throw new ApiError('NOT_FOUND', 'No such basemap.', { entity: 'basemap', id });
  return getBasemap(db, id);
}

export function deleteBasemapRow(db: Store, id: string): boolean {
  return stmt(db, 'DELETE FROM basemaps WHERE id = ?').run(id).changes > 0;
}

/**
 * The map's choices live in the `settings` table under their own keys (the
 * settings schema leaves keys it does not know alone), as JSON like every
 * setting. A choice naming something since removed reads as the default.
 */
const ACTIVE_KEY = 'basemaps.active';
const HILLSHADE_KEY = 'basemaps.hillshadeLayerId';

function readChoice(db: Store, key: string): unknown {
  const row = stmt(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as unknown) : null;
}

function writeChoice(db: Store, key: string, value: unknown): void {
  stmt(
    db,
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, JSON.stringify(value), nowIso());
}

export function readActiveBasemap(db: Store): ActiveBasemap {
  const value = readChoice(db, ACTIVE_KEY);
  return typeof value === 'string' && findBasemap(db, value) ? value : BUILTIN_BASEMAP;
}

export const writeActiveBasemap = (db: Store, active: ActiveBasemap): void => writeChoice(db, ACTIVE_KEY, active);

/** An elevation raster layer still there, or null. */
export function readHillshadeLayerId(db: Store): string | null {
  const value = readChoice(db, HILLSHADE_KEY);
  if (typeof value !== 'string') return null;
  const row = stmt(
    db,
    "SELECT 1 FROM layers WHERE id = ? AND kind = 'raster' AND hazard = 'elevation' AND deleted_at IS NULL",
  ).get(value);
  return row ? value : null;
}

export const writeHillshadeLayerId = (db: Store, layerId: string | null): void =>
  writeChoice(db, HILLSHADE_KEY, layerId);
