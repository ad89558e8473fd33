import fs from 'node:fs';
import Database from 'better-sqlite3';
import { gzipSync } from 'fflate';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { writeArrayBuffer } from 'geotiff';
import { PNG } from 'pngjs';
import { tileRangeOf, tmsRow } from '../../shared/geo/web-mercator-tiles.js';

export type Rgb = [number, number, number];

/** A PNG tile of one colour (pngjs), `size` px a side. */
export function solidPng([r, g, b]: Rgb, size = 256): Uint8Array {
  const png = new PNG({ width: size, height: size });
  for (let i = 0; i < size * size; i += 1) png.data.set([r, g, b, 255], i * 4);
  return new Uint8Array(PNG.sync.write(png));
}

export interface FixtureTile {
  z: number;
  x: number;
  y: number;
  bytes: Uint8Array;
}

/** Every XYZ tile of zooms `minZoom`–`maxZoom` over a box, each made by `make`. */
export function tilesOver(
  bounds: [number, number, number, number],
  minZoom: number,
  maxZoom: number,
  make: (z: number, x: number, y: number) => Uint8Array | null,
): FixtureTile[] {
  const tiles: FixtureTile[] = [];
  for (let z = minZoom; z <= maxZoom; z += 1) {
    const range = tileRangeOf(bounds, z);
    for (let y = range.minY; y <= range.maxY; y += 1) {
      for (let x = range.minX; x <= range.maxX; x += 1) {
        const bytes = make(z, x, y);
        if (bytes) tiles.push({ z, x, y, bytes });
      }
    }
  }
  return tiles;
}

/**
 * An MBTiles 1.3 file written with better-sqlite3: `metadata` (omitted when
 * null, as hand-made tilesets do) and `tiles` with rows flipped to TMS.
 */
export function writeMbtiles(
  file: string,
  tiles: readonly FixtureTile[],
  metadata: Record<string, string> | null,
): void {
  fs.rmSync(file, { force: true });
  const db = new Database(file);
  try {
    db.exec(`CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);
             CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);`);
    if (metadata) {
      db.exec('CREATE TABLE metadata (name TEXT, value TEXT)');
      const insert = db.prepare('INSERT INTO metadata (name, value) VALUES (?, ?)');
      for (const [name, value] of Object.entries(metadata)) insert.run(name, value);
    }
    const insert = db.prepare('INSERT INTO tiles VALUES (?, ?, ?, ?)');
    db.transaction(() => {
      for (const t of tiles) insert.run(t.z, t.x, tmsRow(t.y, t.z), Buffer.from(t.bytes));
    })();
  } finally {
    db.close();
  }
}

/**
 * Vector tiles of a GeoJSON collection (geojson-vt cuts, vt-pbf encodes),
 * one layer named `layer`, every tile of the zooms that holds a feature.
 */
export function vectorTiles(
  collection: GeoJSON.FeatureCollection,
  layer: string,
  bounds: [number, number, number, number],
  minZoom: number,
  maxZoom: number,
  options: { gzip: boolean },
): FixtureTile[] {
  const index = new GeoJSONVT(collection, { maxZoom, indexMaxZoom: maxZoom, tolerance: 0, buffer: 64 });
  return tilesOver(bounds, minZoom, maxZoom, (z, x, y) => {
    const tile = index.getTile(z, x, y);
    if (!tile || tile.features.length === 0) return null;
    const pbf = fromGeojsonVt({ [layer]: tile }, { version: 2, extent: 4096 });
    return options.gzip ? gzipSync(pbf) : pbf;
  });
}

export interface RgbGeoTiffOptions {
  width: number;
  height: number;
  /** Per pixel, row-major from the top: [r, g, b] or [r, g, b, a]. */
  pixel: (col: number, row: number) => number[];
  originX: number;
  originY: number;
  pixelWidth: number;
  /** Positive: rows go south (the writer's ModelPixelScale). */
  pixelHeight: number;
  epsg: number;
  alpha?: boolean;
  noData?: number;
}

/** An 8-bit RGB(A) GeoTIFF (geotiff.js's writer writes each sample as one byte; strip, uncompressed). */
export function writeRgbGeoTiff(opts: RgbGeoTiffOptions): Uint8Array {
  const bands = opts.alpha ? 4 : 3;
  const values: number[] = [];
  for (let row = 0; row < opts.height; row += 1) {
    for (let col = 0; col < opts.width; col += 1) values.push(...opts.pixel(col, row).slice(0, bands));
  }
  const geographic = opts.epsg === 4326;
  const metadata: Record<string, unknown> = {
    width: opts.width,
    height: opts.height,
    BitsPerSample: Array.from({ length: bands }, () => 8),
    PhotometricInterpretation: 2,
    ModelPixelScale: [opts.pixelWidth, opts.pixelHeight, 0],
    ModelTiepoint: [0, 0, 0, opts.originX, opts.originY, 0],
    GTModelTypeGeoKey: geographic ? 2 : 1,
    GTRasterTypeGeoKey: 1,
    ...(geographic ? { GeographicTypeGeoKey: 4326 } : { ProjectedCSTypeGeoKey: opts.epsg }),
    ...(opts.alpha ? { ExtraSamples: [2] } : {}),
    ...(opts.noData === undefined ? {} : { GDAL_NODATA: String(opts.noData) }),
  };
  return new Uint8Array(writeArrayBuffer(values, metadata) as ArrayBuffer);
}
