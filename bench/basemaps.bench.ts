import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { writeArrayBuffer } from 'geotiff';
import { PMTiles } from 'pmtiles';
import { MbtilesWriter } from '../electron/core/basemaps/mbtiles-writer.js';
import { readBasemapTile } from '../electron/core/basemaps/read-basemap-tile.js';
import { LocalFileSource, decompress } from '../electron/core/basemaps/pmtiles-file.js';
import { createCore } from '../electron/core/create-core.js';
import type { Core } from '../electron/core/create-core.js';
import { startHttpTransport } from '../electron/http/http-server.js';
import { seededRandom } from '../electron/core/synthetic/random.js';
import { tmsRow } from '../shared/geo/web-mercator-tiles.js';
import { PMTILES_TILE_TYPE, writePmtiles } from '../scripts/tiles/pmtiles-writer.js';
import type { BenchResult } from './run.js';

/** 100 × 100 tiles at zoom 14 around Jaén: the 10,000-tile MBTiles. */
const SIDE = Number(process.env.BENCH_BASEMAP_SIDE ?? 100);
const Z = 14;
const [X0, Y0] = [4605, 8450];
/** A JPEG orthophoto tile at zoom 14 is typically 10–30 kB: 20 kB of noise behind a JPEG signature. */
const TILE_BYTES = 20_000;
/** 4,000 × 4,000 px of 0.5 m in UTM 17S: a 2 × 2 km drone mosaic, 16 Mpx. */
const IMAGE_PX = Number(process.env.BENCH_IMAGERY_PX ?? 4_000);
const HTTP_CONCURRENCY = 8;

const hasGdal = (() => {
  try {
    execFileSync('gdal_translate', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function timeMs<T>(fn: () => T): [number, T] {
  const start = performance.now();
  const value = fn();
  return [performance.now() - start, value];
}

async function timeMsAsync<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

function tiles(): { z: number; x: number; y: number; bytes: Uint8Array }[] {
  const random = seededRandom(7);
  const out = [];
  for (let j = 0; j < SIDE; j += 1) {
    for (let i = 0; i < SIDE; i += 1) {
      const bytes = new Uint8Array(TILE_BYTES);
      for (let k = 0; k < TILE_BYTES; k += 1) bytes[k] = Math.floor(random() * 256);
      bytes.set([0xff, 0xd8, 0xff, 0xe0]);
      out.push({ z: Z, x: X0 + i, y: Y0 + j, bytes });
    }
  }
  return out;
}

/** Every tile once, in a shuffled order (a map view jumps around the file). */
function shuffled<T>(items: readonly T[]): T[] {
  const random = seededRandom(3);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

const perSecond = (count: number, ms: number) => (count / ms) * 1000;

function rate(name: string, ours: number, reference: number, referenceLabel: string, notes?: string): BenchResult {
  return {
    name,
    unit: 'tiles/s',
    ours,
    reference,
    referenceLabel,
    ratio: ours / reference,
    ...(notes ? { notes } : {}),
  };
}

async function readAll(core: Core, id: string, order: readonly { x: number; y: number }[]): Promise<number> {
  const [ms] = await timeMsAsync(async () => {
    for (const t of order) if (!(await readBasemapTile(core.context, id, Z, t.x, t.y))) throw new Error('missing');
  });
  return ms;
}

/** Tiles fetched over browser mode's HTTP route, HTTP_CONCURRENCY at a time, as MapLibre's workers do. */
async function fetchAll(url: string, id: string, order: readonly { x: number; y: number }[]): Promise<number> {
  let next = 0;
  const [ms] = await timeMsAsync(() =>
    Promise.all(
      Array.from({ length: HTTP_CONCURRENCY }, async () => {
        while (next < order.length) {
          const t = order[next] as { x: number; y: number };
          next += 1;
          const response = await fetch(`${url}tiles/${id}/${Z}/${t.x}/${t.y}`);
          if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
          await response.arrayBuffer();
        }
      }),
    ),
  );
  return ms;
}

/** An RGB drone-like image: smooth colour fields with a grid of "rows of coffee". */
function imageryTiff(file: string): void {
  const n = IMAGE_PX;
  const values = new Uint8Array(n * n * 3);
  for (let row = 0; row < n; row += 1) {
    for (let col = 0; col < n; col += 1) {
      const o = (row * n + col) * 3;
      const rows = (row >> 3) % 2 === 0 ? 30 : 0;
      values[o] = 60 + (((col * 7) >> 6) % 80) + rows;
      values[o + 1] = 110 + (((row * 5) >> 6) % 90);
      values[o + 2] = 50 + rows;
    }
  }
  const buffer = writeArrayBuffer(values, {
    width: n,
    height: n,
    BitsPerSample: [8, 8, 8],
    PhotometricInterpretation: 2,
    ModelPixelScale: [0.5, 0.5, 0],
    ModelTiepoint: [0, 0, 0, 740_000, 9_316_000, 0],
    GTModelTypeGeoKey: 1,
    GTRasterTypeGeoKey: 1,
    ProjectedCSTypeGeoKey: 32717,
  }) as ArrayBuffer;
  fs.writeFileSync(file, new Uint8Array(buffer));
}

/**
 * Serving tiles from a 10,000-tile MBTiles and PMTiles (core function and
 * the HTTP route, every tile once in shuffled order) beside reading the same
 * tiles straight from SQLite and from the pmtiles package; and tiling a
 * 16 Mpx GeoTIFF into an MBTiles beside `gdal_translate -of MBTILES` +
 * `gdaladdo -r average` doing the same.
 */
export async function run(): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-bench-basemaps-'));
  const core = await createCore({ dbPath: path.join(dir, 'cafetal.sqlite'), dataDir: dir });
  const results: BenchResult[] = [];
  const all = tiles();
  const order = shuffled(all);
  const count = all.length;
  const label = `${count.toLocaleString('en')} tiles`;

  const mbtilesFile = path.join(dir, 'ortofoto.mbtiles');
  const writer = new MbtilesWriter(mbtilesFile);
  for (const t of all) writer.put(t.z, t.x, t.y, t.bytes);
  writer.finish({ format: 'jpg', minzoom: String(Z), maxzoom: String(Z), name: 'Bench' });
  const pmtilesFile = path.join(dir, 'ortofoto.pmtiles');
  const bounds = [-78.9, -5.8, -76.7, -3.6] as [number, number, number, number];
  fs.writeFileSync(
    pmtilesFile,
    writePmtiles(all, { tileType: PMTILES_TILE_TYPE.jpeg, minZoom: Z, maxZoom: Z, bounds }),
  );

  const addMs: number[] = [];
  const add = async (file: string) => {
    const [ms, result] = await timeMsAsync(() => core.call('basemaps.add', { source: { path: file } }));
    if (!result.ok) throw new Error(result.error.message);
    addMs.push(ms);
    return (result.value as { id: string }).id;
  };
  const mbtilesId = await add(mbtilesFile);
  const pmtilesId = await add(pmtilesFile);
  const sizeMb = fs.statSync(mbtilesFile).size / 1e6;

  // Reference: the same reads with nothing around them.
  const db = new Database(mbtilesFile, { readonly: true });
  const select = db.prepare('SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?');
  const [rawMs] = timeMs(() => order.forEach((t) => select.get(Z, t.x, tmsRow(t.y, Z))));
  db.close();
  const ourMbtilesMs = await readAll(core, mbtilesId, order);
  results.push(
    rate(
      `MBTiles readBasemapTile, ${label}`,
      perSecond(count, ourMbtilesMs),
      perSecond(count, rawMs),
      'bare SQLite SELECT',
      `${sizeMb.toFixed(0)} MB file, added in ${addMs[0]?.toFixed(0)} ms`,
    ),
  );

  const source = new LocalFileSource(pmtilesFile);
  const archive = new PMTiles(source, undefined, decompress);
  await archive.getHeader();
  const [pmRawMs] = await timeMsAsync(async () => {
    for (const t of order) await archive.getZxy(Z, t.x, t.y);
  });
  source.close();
  const ourPmtilesMs = await readAll(core, pmtilesId, order);
  results.push(
    rate(
      `PMTiles readBasemapTile, ${label}`,
      perSecond(count, ourPmtilesMs),
      perSecond(count, pmRawMs),
      'pmtiles getZxy alone',
      `added in ${addMs[1]?.toFixed(0)} ms`,
    ),
  );

  const staticDir = fs.mkdtempSync(path.join(dir, 'static-'));
  const transport = await startHttpTransport(core, { port: 0, staticDir });
  try {
    const httpMbMs = await fetchAll(transport.url, mbtilesId, order);
    const httpPmMs = await fetchAll(transport.url, pmtilesId, order);
    results.push(
      rate(
        `MBTiles over HTTP /tiles, ${label}`,
        perSecond(count, httpMbMs),
        perSecond(count, ourMbtilesMs),
        'readBasemapTile',
        `${HTTP_CONCURRENCY} requests in flight`,
      ),
      rate(
        `PMTiles over HTTP /tiles, ${label}`,
        perSecond(count, httpPmMs),
        perSecond(count, ourPmtilesMs),
        'readBasemapTile',
        `${HTTP_CONCURRENCY} requests in flight`,
      ),
    );
  } finally {
    await transport.close();
  }

  const tif = path.join(dir, 'dron.tif');
  imageryTiff(tif);
  const [convertMs, converted] = await timeMsAsync(() => core.call('basemaps.add', { source: { path: tif } }));
  if (!converted.ok) throw new Error(converted.error.message);
  const basemap = converted.value as { fileName: string; minZoom: number; maxZoom: number };
  const ours = new Database(path.join(dir, 'basemaps', basemap.fileName), { readonly: true });
  const ourTiles = (ours.prepare('SELECT COUNT(*) AS n FROM tiles').get() as { n: number }).n;
  ours.close();
  let gdalMs = Number.NaN;
  let gdalNote = 'GDAL missing';
  if (hasGdal) {
    const out = path.join(dir, 'gdal.mbtiles');
    const start = performance.now();
    execFileSync('gdal_translate', ['-q', '-of', 'MBTILES', tif, out]);
    // Overviews down to our shallowest zoom: one factor of 2 per level.
    const levels = Array.from({ length: basemap.maxZoom - basemap.minZoom }, (_, k) => String(2 ** (k + 1)));
    execFileSync('gdaladdo', ['-q', '-r', 'average', out, ...levels]);
    gdalMs = performance.now() - start;
    const gdal = new Database(out, { readonly: true });
    const gdalTiles = (gdal.prepare('SELECT COUNT(*) AS n FROM tiles').get() as { n: number }).n;
    const gdalZooms = gdal
      .prepare("SELECT value FROM metadata WHERE name IN ('minzoom','maxzoom') ORDER BY name")
      .all();
    gdal.close();
    gdalNote = `ours z${basemap.minZoom}-${basemap.maxZoom} ${ourTiles} tiles; GDAL ${gdalTiles} tiles, zooms ${JSON.stringify(gdalZooms.map((r) => (r as { value: string }).value))}`;
  }
  results.push({
    name: `GeoTIFF ${IMAGE_PX}² RGB UTM → MBTiles (ms)`,
    unit: 'ms',
    ours: convertMs,
    reference: gdalMs,
    referenceLabel: 'gdal_translate + gdaladdo',
    ratio: convertMs / gdalMs,
    notes: gdalNote,
  });

  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return results;
}
