import { Compression, TileType, tileIdToZxy } from 'pmtiles';
import type { Header } from 'pmtiles';
import { ApiError } from '../../../shared/api/errors.js';
import type { TileFormat, VectorLayer } from '../../../shared/domain/basemap.js';
import { MAX_MERCATOR_LAT } from '../../../shared/geo/web-mercator-tiles.js';
import { describe, refuse } from './basemap-refusal.js';
import { sampledVectorLayers } from './mbtiles-facts.js';
import type { PmtilesFile } from './pmtiles-file.js';
import { imageTileWidth, sniffTileFormat, tileSizeOf } from './tile-bytes.js';
import { plainAttribution, validBounds } from './tile-reader.js';
import type { FileFacts } from './tile-reader.js';
import { vectorLayersFrom } from './vector-layers.js';

/** PMTiles v3 allows a root directory and up to three levels of leaves (spec §4). */
const MAX_DEPTH = 3;

function formatOf(type: TileType): TileFormat {
  switch (type) {
    case TileType.Mvt:
      return 'pbf';
    case TileType.Png:
      return 'png';
    case TileType.Jpeg:
      return 'jpg';
    case TileType.Webp:
      return 'webp';
    case TileType.Avif:
    case TileType.Mlt:
    case TileType.Unknown:
      throw refuse('UNSUPPORTED_TILE_FORMAT', `PMTiles tile type ${TileType[type]} is not drawn`, {
        format: TileType[type],
      });
    default: {
      const unexpected: never = type;
      throw refuse('UNSUPPORTED_TILE_FORMAT', `Unknown PMTiles tile type ${String(unexpected)}`);
    }
  }
}

function assertReadableCompression(header: Header): void {
  for (const compression of [header.internalCompression, header.tileCompression]) {
    if (compression === Compression.Zstd) {
      throw refuse('UNSUPPORTED_COMPRESSION', 'zstd-compressed PMTiles cannot be read', { compression: 'zstd' });
    }
  }
}

/** The first tile the directories address (root, then leaves), or NO_TILES. */
async function firstTile(file: PmtilesFile, header: Header): Promise<Uint8Array> {
  const { archive } = file;
  let offset = header.rootDirectoryOffset;
  let length = header.rootDirectoryLength;
  for (let depth = 0; depth <= MAX_DEPTH; depth += 1) {
    let entries;
    try {
      entries = await archive.cache.getDirectory(archive.source, offset, length, header);
    } catch (error) {
      throw refuse('NO_TILES', `The PMTiles directory is empty or broken: ${describe(error)}`);
    }
    const entry = entries[0];
    if (!entry) break;
    if (entry.runLength > 0) {
      const [z, x, y] = tileIdToZxy(entry.tileId);
      const tile = await file.tile(z, x, y);
      if (!tile) break;
      return tile;
    }
    offset = header.leafDirectoryOffset + entry.offset;
    length = entry.length;
  }
  throw refuse('NO_TILES', 'The PMTiles archive addresses no tiles');
}

async function metadataOf(file: PmtilesFile): Promise<Record<string, unknown>> {
  try {
    const value = await file.archive.getMetadata();
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    // An empty or broken metadata block: the header alone describes the tiles.
    return {};
  }
}

/** What a PMTiles v3 archive holds: its header (type, zooms, bounds), its metadata, and its first tile. */
export async function pmtilesFacts(file: PmtilesFile): Promise<FileFacts> {
  let header: Header;
  try {
    header = await file.archive.getHeader();
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw refuse('NOT_PMTILES', `The PMTiles header cannot be read: ${describe(error)}`);
  }
  assertReadableCompression(header);
  const format = formatOf(header.tileType);
  if (!(header.minZoom <= header.maxZoom && header.maxZoom <= 30)) {
    throw refuse('NOT_PMTILES', `Zooms ${header.minZoom}–${header.maxZoom} are not valid`);
  }
  const declared = [header.minLon, header.minLat, header.maxLon, header.maxLat];
  // Writers that do not know the extent leave zeros: take the whole Mercator world then.
  const bounds = validBounds(declared) ? declared : [-180, -MAX_MERCATOR_LAT, 180, MAX_MERCATOR_LAT];
  const first = await firstTile(file, header);
  if (format !== 'pbf' && sniffTileFormat(first) !== format) {
    throw refuse('UNSUPPORTED_TILE_FORMAT', `The header says ${format} but the tiles are ${sniffTileFormat(first)}`);
  }
  const metadata = await metadataOf(file);
  const vector = format === 'pbf';
  let vectorLayers: VectorLayer[] = [];
  if (vector) {
    vectorLayers = vectorLayersFrom(metadata);
    if (vectorLayers.length === 0) vectorLayers = sampledVectorLayers([first]);
    else sampledVectorLayers([first]);
  }
  return {
    kind: vector ? 'pmtiles-vector' : 'pmtiles-raster',
    format,
    minZoom: header.minZoom,
    maxZoom: header.maxZoom,
    bounds: bounds as [number, number, number, number],
    tileSize: vector ? 512 : tileSizeOf(imageTileWidth(first, format)),
    attribution: plainAttribution(metadata.attribution),
    vectorLayers,
    name: typeof metadata.name === 'string' && metadata.name.trim() ? metadata.name.trim() : null,
  };
}
