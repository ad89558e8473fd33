import { gunzipSync } from 'fflate';
import { tileFormats } from '../../../shared/domain/basemap.js';
import type { TileFormat, VectorLayer } from '../../../shared/domain/basemap.js';
import { boundsOfTile, tmsRow } from '../../../shared/geo/web-mercator-tiles.js';
import { describe, refuse } from './basemap-refusal.js';
import type { MbtilesFile } from './mbtiles-file.js';
import { mvtLayerNames } from './mvt-layers.js';
import { imageTileWidth, isGzip, sniffTileFormat, tileSizeOf } from './tile-bytes.js';
import { plainAttribution, validBounds } from './tile-reader.js';
import type { FileFacts } from './tile-reader.js';
import { vectorLayersFrom } from './vector-layers.js';

/** Tiles sampled for layer names when a vector MBTiles does not list its layers. */
const SAMPLED_TILES = 16;

function metadataOf(file: MbtilesFile): Map<string, string> {
  try {
    const rows = file.db.prepare('SELECT name, value FROM metadata').all() as { name: unknown; value: unknown }[];
    return new Map(rows.map((r) => [String(r.name), String(r.value)]));
  } catch {
    // MBTiles 1.3 requires the table, but tilesets made by hand often lack it: everything has a fallback.
    return new Map();
  }
}

const zoomOf = (text: string | undefined): number | null => {
  const n = text === undefined ? Number.NaN : Number(text);
  return Number.isInteger(n) && n >= 0 && n <= 30 ? n : null;
};

/** MBTiles 1.3 `format`: png, jpg, webp, pbf (some writers say "jpeg" or "mvt"). */
function formatOf(text: string | undefined): TileFormat | null {
  const value = text?.trim().toLowerCase();
  if (value === 'jpeg') return 'jpg';
  if (value === 'mvt') return 'pbf';
  return (tileFormats as readonly string[]).includes(value ?? '') ? (value as TileFormat) : null;
}

/** The tiles' actual zooms (the standard unique index on (zoom_level, …) makes MIN/MAX a seek each). */
function storedZooms(file: MbtilesFile): { min: number; max: number } {
  const row = file.db.prepare('SELECT MIN(zoom_level) AS min, MAX(zoom_level) AS max FROM tiles').get() as {
    min: number | null;
    max: number | null;
  };
  if (row.min === null || row.max === null) throw refuse('NO_TILES', 'The MBTiles holds no tiles');
  return { min: row.min, max: row.max };
}

/** The box the tiles of zoom z cover, TMS rows turned into XYZ. */
function storedBounds(file: MbtilesFile, z: number): [number, number, number, number] {
  const r = file.db
    .prepare(
      `SELECT MIN(tile_column) AS x0, MAX(tile_column) AS x1, MIN(tile_row) AS r0, MAX(tile_row) AS r1
       FROM tiles WHERE zoom_level = ?`,
    )
    .get(z) as { x0: number; x1: number; r0: number; r1: number };
  const [west, , , north] = boundsOfTile(z, r.x0, tmsRow(r.r1, z));
  const [, south, east] = boundsOfTile(z, r.x1, tmsRow(r.r0, z));
  return [west, south, east, north];
}

function sampleTiles(file: MbtilesFile, zoom: number, limit: number): Uint8Array[] {
  const rows = file.db.prepare('SELECT tile_data FROM tiles WHERE zoom_level = ? LIMIT ?').all(zoom, limit) as {
    tile_data: unknown;
  }[];
  return rows.map((r) => r.tile_data).filter((d): d is Uint8Array => d instanceof Uint8Array && d.length > 0);
}

/** A stored tile as it will be drawn: gunzipped when stored gzipped; a broken gzip stream is refused. */
export function plainTile(stored: Uint8Array): Uint8Array {
  if (!isGzip(stored)) return stored;
  try {
    return gunzipSync(stored);
  } catch (error) {
    throw refuse('UNSUPPORTED_TILE_FORMAT', `A gzipped tile cannot be unpacked: ${describe(error)}`);
  }
}

/** Layer names from a few tiles, for vector tilesets without `json` metadata; UNSUPPORTED_TILE_FORMAT when not MVT. */
export function sampledVectorLayers(tiles: readonly Uint8Array[]): VectorLayer[] {
  const names = new Set<string>();
  for (const stored of tiles) {
    try {
      for (const name of mvtLayerNames(plainTile(stored))) names.add(name);
    } catch (error) {
      throw refuse('UNSUPPORTED_TILE_FORMAT', `A tile is neither an image nor a vector tile: ${describe(error)}`);
    }
  }
  return [...names].map((id) => ({ id, minZoom: null, maxZoom: null }));
}

/**
 * What an MBTiles holds, from its metadata where it says, else from the tiles
 * themselves: the format by the first tile's signature, zooms from the
 * tiles (metadata zooms outside the stored ones are narrowed to them, so the
 * map never asks for zooms that would come back empty), bounds from the
 * tiles of the deepest zoom, vector layers from a few tiles.
 */
export function mbtilesFacts(file: MbtilesFile): FileFacts {
  const meta = metadataOf(file);
  const stored = storedZooms(file);
  let minZoom = Math.max(zoomOf(meta.get('minzoom')) ?? stored.min, stored.min);
  let maxZoom = Math.min(zoomOf(meta.get('maxzoom')) ?? stored.max, stored.max);
  if (minZoom > maxZoom) [minZoom, maxZoom] = [stored.min, stored.max];

  const [first] = sampleTiles(file, maxZoom, 1);
  if (!first) throw refuse('NO_TILES', 'The MBTiles holds no tile data');
  const sniffed = sniffTileFormat(plainTile(first));
  const format = formatOf(meta.get('format')) ?? sniffed;
  if (format === null) throw refuse('UNSUPPORTED_TILE_FORMAT', `Unknown tile format "${meta.get('format')}"`);
  if ((format === 'pbf') !== (sniffed === 'pbf')) {
    throw refuse('UNSUPPORTED_TILE_FORMAT', `The metadata says ${format} but the tiles are ${sniffed}`, { format });
  }

  const declared = (meta.get('bounds') ?? '').split(',').map((t) => Number(t.trim()));
  const bounds = validBounds(declared) ? declared : storedBounds(file, maxZoom);
  if (!validBounds(bounds)) throw refuse('BAD_BOUNDS', 'The tiles cover no area');

  const vector = format === 'pbf';
  let vectorLayers: VectorLayer[] = [];
  if (vector) {
    vectorLayers = vectorLayersFrom(meta.get('json'));
    if (vectorLayers.length === 0) vectorLayers = sampledVectorLayers(sampleTiles(file, maxZoom, SAMPLED_TILES));
    else sampledVectorLayers([first]);
  }
  return {
    kind: vector ? 'mbtiles-vector' : 'mbtiles-raster',
    format,
    minZoom,
    maxZoom,
    bounds,
    tileSize: vector ? 512 : tileSizeOf(imageTileWidth(first, format)),
    attribution: plainAttribution(meta.get('attribution')),
    vectorLayers,
    name: meta.get('name')?.trim() || null,
  };
}
