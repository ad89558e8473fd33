import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { createCore } from '../electron/core/create-core.js';
import type { BenchResult } from './run.js';
import { writeSyntheticPlotsGeoJson } from './synthetic-plots-geojson.js';

const N = Number(process.env.BENCH_IMPORT_FEATURES ?? 100_000);

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
  writeSyntheticPlotsGeoJson(geojson, N);
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
