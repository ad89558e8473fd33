import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../electron/core/create-core.js';
import { generateSyntheticDataset } from '../electron/core/synthetic/synthetic-dataset.js';
import type { BenchResult } from './run.js';

const SIZES = [6_000, 100_000];

function medianMs(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

/** GDAL reading the same rows from the same file: the reference for "list". */
function ogrinfoListMs(dbPath: string, where: string): number {
  const start = performance.now();
  execFileSync(
    'ogrinfo',
    ['-ro', '-q', '-al', '-dialect', 'sqlite', '-sql', `SELECT id, name, area_ha, variety FROM plots ${where}`, dbPath],
    {
      stdio: ['ignore', 'ignore', 'ignore'],
      maxBuffer: 1 << 30,
    },
  );
  return performance.now() - start;
}

/**
 * Scale of issue #3: an organisation of 3,000 families / 6,000 plots, and the
 * whole platform with 100,000 plots. Times listing (API) against GDAL reading
 * the same rows, and saving a plot (validation, overlap search in the R*Tree,
 * insert) against the 100 ms budget.
 */
export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const hasGdal = (() => {
    try {
      execFileSync('ogrinfo', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  for (const size of SIZES) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cafetal-bench-plots-'));
    const dbPath = path.join(dir, 'bench.sqlite');
    const core = await createCore({ dbPath, dataDir: dir });
    const organisations = Math.max(1, Math.round(size / 6000));
    const summary = generateSyntheticDataset(core.context.db, {
      organisations,
      familiesPerOrganisation: 3000,
      plotsPerFamily: 2,
      seed: 7,
    });
    const orgId = summary.organisationIds[0] as string;
    core.context.db.pragma('wal_checkpoint(TRUNCATE)');

    const [listAllMs, all] = await timed(() => core.call('plots.list', {}));
    const [featuresMs] = await timed(() => core.call('plots.features', {}));
    const [producersMs] = await timed(() => core.call('producers.list', { organisationId: orgId }));
    if (!all.ok) throw new Error('plots.list failed');

    const producer = core.context.db
      .prepare('SELECT id FROM producers WHERE organisation_id = ? LIMIT 1')
      .get(orgId) as { id: string };
    // Warm-up: the first save loads Peru's outline once.
    await core.call('plots.create', {
      producerId: producer.id,
      name: 'warm',
      geometry: { type: 'Point', coordinates: [-78.9, -5.4] },
      declaredAreaHa: 1,
    });
    const saves: number[] = [];
    for (let i = 0; i < 30; i += 1) {
      const lon = -79.2 + i * 0.02;
      const geometry = {
        type: 'Polygon',
        coordinates: [
          [
            [lon, -5.4],
            [lon + 0.0008, -5.4],
            [lon + 0.0008, -5.3992],
            [lon, -5.3992],
            [lon, -5.4],
          ],
        ],
      };
      const [ms, result] = await timed(() =>
        core.call('plots.create', { producerId: producer.id, name: `Bench ${i}`, geometry }),
      );
      if (!result.ok) throw new Error(`save failed: ${result.error.message}`);
      saves.push(ms);
    }
    core.close();

    const label = size.toLocaleString('en');
    if (hasGdal) {
      const gdalMs = ogrinfoListMs(dbPath, '');
      results.push({
        name: `plots.list, all ${label} plots (ms)`,
        unit: 'ms',
        ours: listAllMs,
        reference: gdalMs,
        referenceLabel: 'ogrinfo same rows',
        ratio: listAllMs / gdalMs,
      });
    } else {
      results.push({
        name: `plots.list, all ${label} plots (ms)`,
        unit: 'ms',
        ours: listAllMs,
        reference: Number.NaN,
        referenceLabel: 'ogrinfo missing',
        ratio: Number.NaN,
      });
    }
    results.push({
      name: `plots.features (map data), ${label} (ms)`,
      unit: 'ms',
      ours: featuresMs,
      reference: listAllMs,
      referenceLabel: 'plots.list',
      ratio: featuresMs / listAllMs,
    });
    results.push({
      name: `producers.list, 3,000 families (of ${label} plots)`,
      unit: 'ms',
      ours: producersMs,
      reference: 100,
      referenceLabel: 'budget',
      ratio: producersMs / 100,
    });
    results.push({
      name: `plots.create median, ${label} plots in db`,
      unit: 'ms',
      ours: medianMs(saves),
      reference: 100,
      referenceLabel: 'budget',
      ratio: medianMs(saves) / 100,
      notes: `max ${Math.max(...saves).toFixed(1)} ms`,
    });
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
