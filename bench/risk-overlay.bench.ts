import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Feature, Polygon, Position } from 'geojson';
import { buildVectorLayerIndex } from '../electron/core/risk/vector-layer-index.js';
import { overlayVector, type OverlayIssue } from '../electron/core/risk/vector-overlay.js';
import { seededRandom } from '../electron/core/synthetic/random.js';
import { hazardLevels, type HazardLevel } from '../shared/domain/hazard.js';
import { geodesicAreaHa } from '../shared/geo/geodesic.js';
import type { BenchResult } from './run.js';

const PLOTS = Number(process.env.BENCH_OVERLAY_PLOTS ?? 100_000);
/** Rows × columns of the hazard tessellation: 100 × 50 = 5,000 polygons. */
const HAZARD_ROWS = Number(process.env.BENCH_OVERLAY_HAZARD_ROWS ?? 100);
const HAZARD_COLUMNS = Math.max(1, Math.round(HAZARD_ROWS / 2));
const GDAL_TIMEOUT_MS = Number(process.env.BENCH_OVERLAY_GDAL_TIMEOUT_S ?? 600) * 1000;
// The synthetic coffee belt of Jaén and San Ignacio (as electron/core/synthetic).
const [WEST, SOUTH, WIDTH, HEIGHT] = [-79.2, -6.1, 0.8, 1.0];
const round7 = (x: number): number => Math.round(x * 1e7) / 1e7;

/**
 * An irregular tessellation of the area, like a susceptibility map: a grid
 * whose inner corners are jittered and whose edges wiggle through 4–14 extra
 * vertices (20–60 a polygon). Neighbours build a shared edge from the same
 * seed, so the polygons meet exactly, with neither gaps nor overlaps. Wiggles
 * taper to the corners and stay within 8 % of the edge length, so no edge
 * crosses another. Levels are pseudo-random.
 */
export function hazardTessellation(): Feature<Polygon, { level: HazardLevel }>[] {
  const random = seededRandom(7);
  const [cw, ch] = [WIDTH / HAZARD_COLUMNS, HEIGHT / HAZARD_ROWS];
  const corners: Position[][] = [];
  for (let i = 0; i <= HAZARD_COLUMNS; i += 1) {
    corners.push([]);
    for (let j = 0; j <= HAZARD_ROWS; j += 1) {
      const inner = i > 0 && i < HAZARD_COLUMNS && j > 0 && j < HAZARD_ROWS;
      (corners[i] as Position[]).push([
        round7(WEST + i * cw + (inner ? (random() - 0.5) * 0.4 * cw : 0)),
        round7(SOUTH + j * ch + (inner ? (random() - 0.5) * 0.4 * ch : 0)),
      ]);
    }
  }
  const corner = (i: number, j: number): Position => (corners[i] as Position[])[j] as Position;
  /** The vertices strictly between two corners; the outer frame stays straight. */
  const edge = (key: number, a: Position, b: Position, outer: boolean): Position[] => {
    const edgeRandom = seededRandom(1000 + key);
    const count = 4 + Math.floor(edgeRandom() * 11);
    const [dx, dy] = [(b[0] as number) - (a[0] as number), (b[1] as number) - (a[1] as number)];
    return Array.from({ length: count }, (_, k) => {
      const t = (k + 1 + (edgeRandom() - 0.5) * 0.5) / (count + 1);
      const offset = outer ? 0 : (edgeRandom() - 0.5) * 0.16 * Math.sin(Math.PI * t);
      return [round7((a[0] as number) + dx * t - dy * offset), round7((a[1] as number) + dy * t + dx * offset)];
    });
  };
  const horizontal = (i: number, j: number): Position[] =>
    edge(2 * (i * (HAZARD_ROWS + 1) + j), corner(i, j), corner(i + 1, j), j === 0 || j === HAZARD_ROWS);
  const vertical = (i: number, j: number): Position[] =>
    edge(2 * (i * (HAZARD_ROWS + 1) + j) + 1, corner(i, j), corner(i, j + 1), i === 0 || i === HAZARD_COLUMNS);
  const features: Feature<Polygon, { level: HazardLevel }>[] = [];
  for (let i = 0; i < HAZARD_COLUMNS; i += 1) {
    for (let j = 0; j < HAZARD_ROWS; j += 1) {
      const ring = [
        corner(i, j),
        ...horizontal(i, j),
        corner(i + 1, j),
        ...vertical(i + 1, j),
        corner(i + 1, j + 1),
        ...horizontal(i, j + 1).reverse(),
        corner(i, j + 1),
        ...vertical(i, j).reverse(),
        corner(i, j),
      ];
      const level = hazardLevels[Math.floor(random() * hazardLevels.length)] as HazardLevel;
      features.push({ type: 'Feature', properties: { level }, geometry: { type: 'Polygon', coordinates: [ring] } });
    }
  }
  return features;
}

/** Irregular hexagons of about 0.4–5 ha on a jittered grid, one per cell, none overlapping (as the synthetic dataset). */
export function syntheticPlots(): Polygon[] {
  const random = seededRandom(42);
  const columns = Math.ceil(Math.sqrt(PLOTS * (WIDTH / HEIGHT)));
  const rows = Math.ceil(PLOTS / columns);
  const [cellW, cellH] = [WIDTH / columns, HEIGHT / rows];
  const plots: Polygon[] = [];
  for (let n = 0; n < PLOTS; n += 1) {
    // A hexagon of radius r covers 2.6·r² (r in metres, ~111 km a degree here); capped by the cell.
    const areaM2 = (0.5 + random() * 4.5) * 10_000;
    const radius = Math.min(Math.min(cellW, cellH) * 0.45, Math.sqrt(areaM2 / 2.6) / 111_000);
    const slack = Math.min(cellW, cellH) / 2 - radius;
    const cx = WEST + ((n % columns) + 0.5) * cellW + (random() - 0.5) * slack;
    const cy = SOUTH + (Math.floor(n / columns) + 0.5) * cellH + (random() - 0.5) * slack;
    const ring: Position[] = Array.from({ length: 6 }, (_, k) => {
      const angle = (k / 6) * 2 * Math.PI + random() * 0.4;
      const r = radius * (0.85 + random() * 0.15);
      return [round7(cx + r * Math.cos(angle)), round7(cy + r * Math.sin(angle))];
    });
    ring.push([...(ring[0] as Position)]);
    plots.push({ type: 'Polygon', coordinates: [ring] });
  }
  return plots;
}

function writeGeoJson(file: string, features: Feature[]): void {
  fs.writeFileSync(
    file,
    `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`,
  );
}

/**
 * GDAL's SQLite dialect over the GeoPackage: candidate pairs from the hazards'
 * R*Tree (the SpatialIndex virtual table is SpatiaLite's, not GeoPackage's),
 * exact test and intersection by GEOS, ellipsoidal area by SpatiaLite.
 */
const gdalSql = `SELECT p.fid AS plot, h.level AS level, ST_Area(ST_Intersection(p.geom, h.geom), 1) AS area_m2
  FROM plots p JOIN rtree_hazards_geom r
    ON r.minx <= ST_MaxX(p.geom) AND r.maxx >= ST_MinX(p.geom) AND r.miny <= ST_MaxY(p.geom) AND r.maxy >= ST_MinY(p.geom)
  JOIN hazards h ON h.fid = r.id
  WHERE ST_Intersects(p.geom, h.geom)`;

/**
 * SpatiaLite reads the ellipsoid of ST_Area(…, 1) from a `spatial_ref_sys`
 * table that a GeoPackage does not have: every call then fails the look-up,
 * falls back to WGS84 and costs ~13 ms (measured: 39 s for 3,101 plot ×
 * polygon pairs, 0.1 s with the table). The table is added so GDAL is timed at
 * its best; the areas are the same.
 */
function addSpatiaLiteSrs(gpkg: string): void {
  for (const sql of [
    'CREATE TABLE spatial_ref_sys (srid INTEGER PRIMARY KEY, auth_name TEXT, auth_srid INTEGER, ref_sys_name TEXT, proj4text TEXT, srtext TEXT)',
    "INSERT INTO spatial_ref_sys VALUES (4326, 'epsg', 4326, 'WGS 84', '+proj=longlat +datum=WGS84 +no_defs', '')",
  ]) {
    execFileSync('ogrinfo', ['-q', gpkg, '-sql', sql], { stdio: 'ignore' });
  }
}

/** Wall time and, under /usr/bin/time when installed, CPU (user + system) seconds of a command. */
function timedCommand(command: string, args: string[]): { wallMs: number; cpuS: number | null; timedOut: boolean } {
  const timeBin = fs.existsSync('/usr/bin/time');
  const start = performance.now();
  const result = spawnSync(
    timeBin ? '/usr/bin/time' : command,
    timeBin ? ['-f', '@cpu %U %S', command, ...args] : args,
    {
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: GDAL_TIMEOUT_MS,
      maxBuffer: 1 << 28,
    },
  );
  const wallMs = performance.now() - start;
  if (result.error && (result.error as NodeJS.ErrnoException).code !== 'ETIMEDOUT') throw result.error;
  const cpu = /@cpu ([\d.]+) ([\d.]+)/.exec(result.stderr ?? '');
  return { wallMs, cpuS: cpu ? Number(cpu[1]) + Number(cpu[2]) : null, timedOut: result.signal !== null };
}

/**
 * The vector overlay of 100,000 plots on a 5,000-polygon hazard layer, both in
 * one GeoPackage (R*Tree spatial indexes, as ogr2ogr writes them). Ours:
 * building the index and overlaying every plot, in process, from parsed
 * GeoJSON (the plots' areas are stored, as the plots table has them). GDAL:
 * reading both layers, pairing them through the R*Tree, intersecting with GEOS
 * and measuring each piece on the ellipsoid, written to CSV; it does not union
 * overlaps or sum by level (the layer has no overlaps, so its pieces are the
 * same). Under a time limit (BENCH_OVERLAY_GDAL_TIMEOUT_S, 600 s).
 */
export function run(): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-bench-overlay-'));
  const hazards = hazardTessellation();
  const plots = syntheticPlots();
  const gpkg = path.join(dir, 'bench.gpkg');
  writeGeoJson(path.join(dir, 'hazards.geojson'), hazards);
  writeGeoJson(
    path.join(dir, 'plots.geojson'),
    plots.map((geometry, i) => ({ type: 'Feature', properties: { n: i }, geometry })),
  );
  execFileSync('ogr2ogr', ['-f', 'GPKG', '-nln', 'hazards', gpkg, path.join(dir, 'hazards.geojson')]);
  execFileSync('ogr2ogr', ['-update', '-nln', 'plots', gpkg, path.join(dir, 'plots.geojson')]);
  addSpatiaLiteSrs(gpkg);
  // Areas as the plots table stores them, measured when the plot is saved: not part of the overlay.
  const areasHa = plots.map((plot) => geodesicAreaHa(plot));

  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const index = buildVectorLayerIndex(hazards.map((f) => ({ level: f.properties.level, geometry: f.geometry })));
  const indexMs = performance.now() - start;
  const indexCpu = process.cpuUsage(cpuStart);
  let classified = 0;
  let mixed = 0;
  const issues: OverlayIssue[] = [];
  for (let i = 0; i < plots.length; i += 1) {
    const stats = overlayVector(plots[i] as Polygon, areasHa[i] as number, index, (issue) => issues.push(issue));
    if (stats.highest !== null) classified += 1;
    if (Object.keys(stats.shares).length > 1) mixed += 1;
  }
  const oursMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const oursCpuS = (cpu.user + cpu.system) / 1e6;

  const csv = path.join(dir, 'gdal-overlay.csv');
  const gdal = timedCommand('ogr2ogr', ['-f', 'CSV', csv, gpkg, '-dialect', 'SQLite', '-sql', gdalSql]);
  const gdalRows = gdal.timedOut ? 0 : fs.readFileSync(csv, 'utf8').trim().split('\n').length - 1;
  fs.rmSync(dir, { recursive: true, force: true });
  const gdalCpu = gdal.cpuS === null ? '' : `, CPU ${gdal.cpuS.toFixed(1)} s`;
  return Promise.resolve([
    {
      name: `overlay ${PLOTS.toLocaleString('en')} plots × ${hazards.length.toLocaleString('en')} hazard polygons`,
      unit: 'ms',
      ours: oursMs,
      reference: gdal.wallMs,
      referenceLabel: gdal.timedOut
        ? `GDAL, stopped at ${GDAL_TIMEOUT_MS / 1000} s`
        : 'GDAL SQLite dialect, GPKG R*Tree',
      ratio: oursMs / gdal.wallMs,
      notes:
        `${gdal.timedOut ? `GDAL > ${GDAL_TIMEOUT_MS / 1000} s (ratio is an upper bound); ` : ''}` +
        `ours: CPU ${oursCpuS.toFixed(1)} s, index ${indexMs.toFixed(0)} ms (CPU ${((indexCpu.user + indexCpu.system) / 1e3).toFixed(0)} ms), ${classified} plots classified, ` +
        `${mixed} across levels, ${issues.length} issues; GDAL: ${gdalRows} plot × polygon rows${gdalCpu}`,
    },
  ]);
}
