import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import type { Feature, Polygon } from 'geojson';
import { createCore } from '../electron/core/create-core.js';
import { seededRandom } from '../electron/core/synthetic/random.js';
import type { BenchResult } from './run.js';

const N = Number(process.env.BENCH_IMPORT_FEATURES ?? 100_000);

/** 100,000 synthetic hexagonal plots (0.3–4 ha) on a grid over Jaén and San Ignacio, as a file would bring them. */
function syntheticGeoJson(file: string): void {
  const random = seededRandom(42);
  const columns = Math.ceil(Math.sqrt(N * 0.8));
  const cell = 0.8 / columns;
  const features: Feature<Polygon>[] = [];
  for (let i = 0; i < N; i += 1) {
    const cx = -79.2 + ((i % columns) + 0.5) * cell;
    const cy = -6.1 + (Math.floor(i / columns) + 0.5) * cell;
    const r = Math.min(cell * 0.45, 0.0003 + random() * 0.0008);
    const ring = Array.from({ length: 6 }, (_, k) => [
      Math.round((cx + r * Math.cos((k / 6) * 2 * Math.PI)) * 1e7) / 1e7,
      Math.round((cy + r * Math.sin((k / 6) * 2 * Math.PI)) * 1e7) / 1e7,
    ]);
    ring.push([...(ring[0] as number[])]);
    features.push({
      type: 'Feature',
      properties: {
        codigo: `SYN-${Math.floor(i / 2)}`,
        productor: `Familia sintética ${Math.floor(i / 2)}`,
        parcela: `Parcela ${i}`,
      },
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
  }
  fs.writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features }));
}

function timeMs(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

async function cafetalImportMs(dir: string, file: string): Promise<{ ms: number; imported: number }> {
  const dbPath = path.join(dir, `import-${path.basename(file)}.sqlite`);
  const core = await createCore({ dbPath, dataDir: dir });
  const org = await core.call('organisations.create', { name: 'Bench', type: 'otra' });
  if (!org.ok) throw new Error('org');
  const start = performance.now();
  const opened = await core.call('imports.open', { source: { path: file } });
  if (!opened.ok) throw new Error(opened.error.message);
  const importId = (opened.value as { importId: string }).importId;
  const done = await core.call('imports.commit', {
    importId,
    organisationId: (org.value as { id: string }).id,
    mapping: { producerCode: 'codigo', producerName: 'productor', plotName: 'parcela' },
  });
  const ms = performance.now() - start;
  core.close();
  if (!done.ok) throw new Error(done.error.message);
  const counts = (done.value as { counts: { imported: number; warnings: number } }).counts;
  return { ms, imported: counts.imported + counts.warnings };
}

/**
 * Importing 100,000 plot polygons from GeoJSON and from a zipped Shapefile,
 * side by side with GDAL converting the same file to a GeoPackage. Cafetal
 * does more (validation, producer matching, overlap search, R*Tree), so the
 * ratio is the price of that on top of reading and writing.
 */
export async function run(): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-bench-import-'));
  const geojson = path.join(dir, 'plots.geojson');
  syntheticGeoJson(geojson);
  const shpDir = path.join(dir, 'shp');
  execFileSync('ogr2ogr', ['-f', 'ESRI Shapefile', '-lco', 'ENCODING=UTF-8', shpDir, geojson]);
  const zipped = path.join(dir, 'plots.zip');
  fs.writeFileSync(
    zipped,
    zipSync(Object.fromEntries(fs.readdirSync(shpDir).map((f) => [f, fs.readFileSync(path.join(shpDir, f))]))),
  );

  const results: BenchResult[] = [];
  for (const [label, file] of [
    ['GeoJSON', geojson],
    ['zipped Shapefile', zipped],
  ] as const) {
    const gdalMs = timeMs(() =>
      execFileSync('ogr2ogr', [
        '-f',
        'GPKG',
        path.join(dir, `gdal-${path.basename(file)}.gpkg`),
        file.endsWith('.zip') ? `/vsizip/${file}` : file,
      ]),
    );
    const ours = await cafetalImportMs(dir, file);
    results.push({
      name: `import ${N.toLocaleString('en')} polygons, ${label}`,
      unit: 'ms',
      ours: ours.ms,
      reference: gdalMs,
      referenceLabel: 'ogr2ogr -f GPKG',
      ratio: ours.ms / gdalMs,
      notes: `${ours.imported} imported`,
    });
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return results;
}
