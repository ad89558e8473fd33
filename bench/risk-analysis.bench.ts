import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../electron/core/create-core.js';
import { generateSyntheticDataset } from '../electron/core/synthetic/synthetic-dataset.js';
import { hazardTessellation } from './risk-overlay.bench.js';
import type { BenchResult } from './run.js';

const PLOTS = Number(process.env.BENCH_ANALYSIS_PLOTS ?? 100_000);

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

/**
 * The whole `risk.analyse` job as the app runs it: 100,000 synthetic plots
 * (50,000 families), a 5,000-polygon susceptibility layer added through
 * `layers.add`, every scenario of the model, results written to SQLite.
 * Then the same analysis with nothing changed (all up to date), and after one
 * plot edit (one plot redone). The overlay alone against GDAL is in
 * risk-overlay.bench.ts.
 */
export async function run(): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-bench-analysis-'));
  const core = await createCore({ dbPath: path.join(dir, 'bench.sqlite'), dataDir: dir });
  const summary = generateSyntheticDataset(core.context.db, {
    organisations: 1,
    familiesPerOrganisation: PLOTS / 2,
    plotsPerFamily: 2,
    seed: 11,
  });
  const organisationId = summary.organisationIds[0] as string;
  const hazardFile = path.join(dir, 'susceptibilidad.geojson');
  const features = hazardTessellation().map((f) => ({ ...f, properties: { CLASE: f.properties.level } }));
  fs.writeFileSync(hazardFile, JSON.stringify({ type: 'FeatureCollection', features }));
  const [addMs, added] = await timed(() =>
    core.call('layers.add', {
      source: { path: hazardFile },
      meta: { name: 'Susceptibilidad (sintética)', hazard: 'landslide' },
      classField: 'CLASE',
      classMap: { bajo: 'bajo', medio: 'medio', alto: 'alto', muy_alto: 'muy_alto' },
    }),
  );
  if (!added.ok) throw new Error(`layers.add failed: ${added.error.message}`);

  const [fullMs, full] = await timed(() => core.call('risk.analyse', { organisationId }));
  if (!full.ok) throw new Error(`risk.analyse failed: ${full.error.message}`);
  const [noChangeMs] = await timed(() => core.call('risk.analyse', { organisationId }));
  const plot = core.context.db
    .prepare('SELECT p.id FROM plots p JOIN producers pr ON pr.id = p.producer_id WHERE pr.organisation_id = ? LIMIT 1')
    .get(organisationId) as { id: string };
  await core.call('plots.update', { id: plot.id, patch: { altitudeM: 1480 } });
  const [onePlotMs, one] = await timed(() => core.call('risk.analyse', { organisationId }));
  if (!one.ok || (one.value as { analysed: number }).analysed !== 1) throw new Error('expected one plot re-analysed');
  const [summaryMs] = await timed(() => core.call('risk.summary', { organisationId }));
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });

  const label = PLOTS.toLocaleString('en');
  return [
    {
      name: 'layers.add, 5,000 polygons (ms)',
      unit: 'ms',
      ours: addMs,
      reference: 5_000,
      referenceLabel: 'budget',
      ratio: addMs / 5_000,
    },
    {
      name: `risk.analyse, ${label} plots, all (ms)`,
      unit: 'ms',
      ours: fullMs,
      reference: 60_000,
      referenceLabel: 'budget',
      ratio: fullMs / 60_000,
      notes: 'overlay + model × 4 scenarios + writes',
    },
    {
      name: `risk.analyse, nothing changed (ms)`,
      unit: 'ms',
      ours: noChangeMs,
      reference: fullMs,
      referenceLabel: 'full analysis',
      ratio: noChangeMs / fullMs,
    },
    {
      name: `risk.analyse, one plot edited (ms)`,
      unit: 'ms',
      ours: onePlotMs,
      reference: fullMs,
      referenceLabel: 'full analysis',
      ratio: onePlotMs / fullMs,
    },
    {
      name: `risk.summary, ${label} plots (ms)`,
      unit: 'ms',
      ours: summaryMs,
      reference: 1_000,
      referenceLabel: 'budget',
      ratio: summaryMs / 1_000,
    },
  ];
}
