import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../electron/core/create-core.js';
import type { Core } from '../electron/core/create-core.js';
import type { BenchResult } from './run.js';
import { writeSyntheticPlotsGeoJson } from './synthetic-plots-geojson.js';

const N = Number(process.env.BENCH_EXCHANGE_PLOTS ?? 20_000);

async function must<T>(core: Core, name: string, input: unknown): Promise<T> {
  const result = await core.call(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/**
 * A field laptop with N plots sends everything to the office: building the
 * signed package, then the office's preview (dry run) and its import, and
 * the same package imported again (idempotent: nothing to write). The
 * reference is GDAL writing the same plots from GeoJSON into a GeoPackage
 * (one SQLite insert per feature), the least an import must do.
 */
export async function run(): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-bench-exchange-'));
  const geojson = path.join(dir, 'plots.geojson');
  writeSyntheticPlotsGeoJson(geojson, N, 7);
  const field = await createCore({ dbPath: path.join(dir, 'field', 'c.sqlite'), dataDir: path.join(dir, 'field') });
  const office = await createCore({ dbPath: path.join(dir, 'office', 'c.sqlite'), dataDir: path.join(dir, 'office') });
  const org = await must<{ id: string }>(field, 'organisations.create', { name: 'Bench', type: 'otra' });
  const opened = await must<{ importId: string }>(field, 'imports.open', { source: { path: geojson } });
  await must(field, 'imports.commit', {
    importId: opened.importId,
    organisationId: org.id,
    mapping: { producerCode: 'codigo', producerName: 'productor', plotName: 'parcela' },
  });
  const file = path.join(dir, 'field.cafetal');
  const exported = await timed(() =>
    must<{ entries: number; sizeBytes: number }>(field, 'exchange.write', { path: file }),
  );
  const preview = await timed(() => must(office, 'exchange.inspect', { source: { path: file } }));
  const imported = await timed(() => must(office, 'exchange.import', { source: { path: file } }));
  const again = await timed(() => must(office, 'exchange.import', { source: { path: file } }));
  const gdalStart = performance.now();
  execFileSync('ogr2ogr', ['-f', 'GPKG', path.join(dir, 'gdal.gpkg'), geojson]);
  const gdal = { ms: performance.now() - gdalStart };
  field.close();
  office.close();
  fs.rmSync(dir, { recursive: true, force: true });
  const mb = (exported.value.sizeBytes / 1e6).toFixed(1);
  const row = (name: string, ms: number, notes: string): BenchResult => ({
    name,
    unit: 'ms',
    ours: ms,
    reference: gdal.ms,
    referenceLabel: 'ogr2ogr GeoJSON → GPKG, same plots',
    ratio: ms / gdal.ms,
    notes,
  });
  const n = N.toLocaleString('en');
  return [
    row(`package export, ${n} plots`, exported.ms, `${exported.value.entries} changes, ${mb} MB signed`),
    row(`package preview (dry run), ${n} plots`, preview.ms, 'merged and rolled back'),
    row(`package import, ${n} plots`, imported.ms, 'one transaction'),
    row(`same package again, ${n} plots`, again.ms, 'every change already held'),
  ];
}
