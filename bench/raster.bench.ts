import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Polygon, Position } from 'geojson';
import proj4 from 'proj4';
import { crsForCode } from '../electron/core/geo/crs.js';
import { RasterCache, openRaster } from '../electron/core/raster/raster-cache.js';
import { saveRasterFiles } from '../electron/core/raster/raster-files.js';
import { geoTransformOf } from '../electron/core/raster/raster-grid.js';
import { renderRasterPreview } from '../electron/core/raster/raster-preview.js';
import { readGeoTiff } from '../electron/core/raster/read-geotiff.js';
import { writeGeoTiff } from '../electron/core/raster/write-geotiff.js';
import { seededRandom } from '../electron/core/synthetic/random.js';
import type { BenchResult } from './run.js';

const SIZE = Number(process.env.BENCH_RASTER_SIZE ?? 5_000);
const PLOTS = Number(process.env.BENCH_RASTER_PLOTS ?? 100_000);
/** A 30 m DEM in UTM 17S over Jaén–San Ignacio: 5,000 px = 150 km a side. */
const [X0, Y0, PIXEL_M, EPSG] = [680_000, 9_400_000, 30, 32717];
const PREVIEW_BUDGET_MS = 2_000;

/** Hills and valleys from 600 to 2,700 m, with a noData "lake" of 300 × 300 pixels. */
function syntheticDem(): Float32Array {
  const values = new Float32Array(SIZE * SIZE);
  for (let row = 0; row < SIZE; row += 1) {
    const y = row * PIXEL_M;
    const cy = Math.cos(y / 7_000);
    for (let col = 0; col < SIZE; col += 1) {
      const x = col * PIXEL_M;
      values[row * SIZE + col] = 1_500 + 700 * Math.sin(x / 9_000) * cy + 250 * Math.sin(x / 1_300 + y / 1_700);
    }
  }
  const lake = Math.floor(SIZE / 3);
  for (let row = lake; row < lake + 300 && row < SIZE; row += 1)
    values.fill(-9999, row * SIZE + lake, row * SIZE + lake + 300);
  return values;
}

/** Quadrilaterals of 0.5–5 ha anywhere in the DEM, turned and jittered, as lon/lat plots. */
function syntheticPlots(): Polygon[] {
  const random = seededRandom(11);
  const toLonLat = proj4(crsForCode(EPSG)!.proj4, 'EPSG:4326');
  const extent = SIZE * PIXEL_M;
  const plots: Polygon[] = [];
  for (let i = 0; i < PLOTS; i += 1) {
    const areaM2 = (0.5 + random() * 4.5) * 10_000;
    const half = Math.sqrt(areaM2) / 2;
    const cx = X0 + half * 2 + random() * (extent - half * 4);
    const cy = Y0 - half * 2 - random() * (extent - half * 4);
    const turn = random() * Math.PI;
    const ring: Position[] = [];
    for (let k = 0; k < 4; k += 1) {
      const angle = turn + (k * Math.PI) / 2 + (random() - 0.5) * 0.3;
      const r = half * Math.SQRT2 * (0.85 + random() * 0.3);
      ring.push(toLonLat.forward([cx + r * Math.cos(angle), cy + r * Math.sin(angle)]));
    }
    ring.push([...(ring[0] as Position)]);
    plots.push({ type: 'Polygon', coordinates: [ring] });
  }
  return plots;
}

function timeMs<T>(fn: () => T): [number, T] {
  const start = performance.now();
  const value = fn();
  return [performance.now() - start, value];
}

function gdal(command: string, args: string[], input?: string): [number, string] {
  return timeMs(() =>
    execFileSync(command, args, { input, maxBuffer: 1 << 28, stdio: ['pipe', 'pipe', 'ignore'] }).toString(),
  );
}

const hasGdal = (() => {
  try {
    execFileSync('gdalinfo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function result(name: string, ours: number, reference: number | null, referenceLabel: string, notes?: string) {
  const ref = reference ?? Number.NaN;
  return {
    name,
    unit: 'ms',
    ours,
    reference: ref,
    referenceLabel: reference === null ? `${referenceLabel}: GDAL missing` : referenceLabel,
    ratio: ours / ref,
    ...(notes ? { notes } : {}),
  } satisfies BenchResult;
}

/**
 * The raster engine at the scale of the issue: a 5,000 × 5,000 DEM (25 Mpx,
 * 100 MB of Float32) and 100,000 plots of 0.5–5 ha. Reading the GeoTIFF,
 * storing it, zonal statistics with Horn slope for every plot, point values
 * and the map preview, beside GDAL doing comparable work on the same file.
 */
export async function run(): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-bench-raster-'));
  const tif = path.join(dir, 'dem.tif');
  const bytes = writeGeoTiff({
    width: SIZE,
    height: SIZE,
    values: syntheticDem(),
    geoTransform: geoTransformOf(X0, Y0, PIXEL_M, -PIXEL_M),
    crsCode: EPSG,
    noData: -9999,
  });
  fs.writeFileSync(tif, bytes);
  const plots = syntheticPlots();
  const label = `${SIZE.toLocaleString('en')}²`;
  const results: BenchResult[] = [];

  const readStart = performance.now();
  const grid = await readGeoTiff(bytes);
  const readMs = performance.now() - readStart;
  const [gdalStatsMs] = hasGdal ? gdal('gdalinfo', ['-stats', '-nomd', tif]) : [null];
  fs.rmSync(`${tif}.aux.xml`, { force: true });
  results.push(result(`readGeoTiff ${label} Float32 (ms)`, readMs, gdalStatsMs, 'gdalinfo -stats'));

  const [saveMs, info] = timeMs(() => saveRasterFiles(dir, 'dem', grid, bytes));
  const [gdalRawMs] = hasGdal ? gdal('gdal_translate', ['-q', '-of', 'ENVI', tif, path.join(dir, 'gdal.f32')]) : [null];
  results.push(
    result(`saveRasterFiles ${label} (ms)`, saveMs, gdalRawMs, 'gdal_translate -of ENVI', `min ${info.min.toFixed(0)}`),
  );

  const cache = new RasterCache(1);
  const [openMs, reader] = timeMs(() => openRaster(dir, 'dem', cache));
  results.push(result(`openRaster ${label}, cold (ms)`, openMs, gdalRawMs, 'gdal_translate -of ENVI'));

  const [zonalMs, stats] = timeMs(() => plots.map((plot) => reader.zonalStats(plot, { slope: true })));
  const [gdalSlopeMs] = hasGdal ? gdal('gdaldem', ['slope', '-q', '-p', tif, path.join(dir, 'slope.tif')]) : [null];
  const counted = stats.filter((s) => s !== null);
  const meanPixels = counted.reduce((sum, s) => sum + s.pixelCount, 0) / counted.length;
  results.push(
    result(
      `zonalStats+slope, ${PLOTS.toLocaleString('en')} plots (ms)`,
      zonalMs,
      gdalSlopeMs,
      'gdaldem slope, whole DEM',
      `${counted.length} plots with values, ${meanPixels.toFixed(1)} px/plot`,
    ),
  );

  const centres = plots.map((plot) => plot.coordinates[0]?.[0] as Position);
  const [valueMs, values] = timeMs(() => centres.map(([lon, lat]) => reader.valueAt(lon as number, lat as number)));
  if (hasGdal) {
    const input = centres.map(([lon, lat]) => `${lon} ${lat}`).join('\n');
    const [locationMs, out] = gdal('gdallocationinfo', ['-valonly', '-wgs84', tif], `${input}\n`);
    const theirs = out.split('\n').slice(0, centres.length).map(Number);
    // GDAL prints the noData value itself (-9999) where we say null.
    const disagree = values
      .map((v, i) => ((v === null ? theirs[i] === -9999 : Math.abs(v - theirs[i]!) < 1e-3) ? -1 : i))
      .filter((i) => i >= 0);
    // A point closer to a pixel edge than the lattice's error may land on either side.
    const onEdge = disagree.filter((i) => {
      const [c, r] = reader.exactPixelOf(centres[i]![0] as number, centres[i]![1] as number);
      return Math.min(Math.abs(c - Math.round(c)), Math.abs(r - Math.round(r))) < 0.001;
    }).length;
    results.push(
      result(
        `valueAt, ${PLOTS.toLocaleString('en')} points (ms)`,
        valueMs,
        locationMs,
        'gdallocationinfo -wgs84',
        `${centres.length - disagree.length}/${centres.length} agree with GDAL; ${onEdge} of the ${disagree.length} others lie < 0.001 px from a pixel edge`,
      ),
    );
  } else {
    results.push(result(`valueAt, ${PLOTS.toLocaleString('en')} points (ms)`, valueMs, null, 'gdallocationinfo'));
  }

  const [previewMs, preview] = timeMs(() => renderRasterPreview(reader, 'elevation'));
  results.push({
    ...result(
      `renderRasterPreview ${label} → ${preview.width}×${preview.height} (ms)`,
      previewMs,
      PREVIEW_BUDGET_MS,
      'budget',
    ),
    notes: `${(preview.png.length / 1e6).toFixed(1)} MB PNG`,
  });
  if (hasGdal) {
    const [warpMs] = gdal('gdalwarp', [
      '-q',
      '-t_srs',
      'EPSG:3857',
      '-ts',
      String(preview.width),
      String(preview.height),
      '-r',
      'near',
      tif,
      path.join(dir, 'warped.tif'),
    ]);
    results.push({
      ...result(`preview vs gdalwarp to Web Mercator (ms)`, previewMs, warpMs, 'gdalwarp -r near, same size'),
      notes: 'ours includes colouring and PNG encoding',
    });
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return results;
}
