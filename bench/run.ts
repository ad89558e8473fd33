import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * `npm run bench [name…]`: runs every `bench/*.bench.ts` (or the named ones).
 * Each prints its figures beside a reference run and the ratio; results are
 * also written to bench/results/<name>.json for comparison between runs.
 */
export interface BenchResult {
  name: string;
  unit: string;
  ours: number;
  reference: number;
  referenceLabel: string;
  /** ours / reference: below 1 is faster than the reference when the unit is time. */
  ratio: number;
  notes?: string;
}

const benchDir = import.meta.dirname;
const wanted = process.argv.slice(2);
const files = fs
  .readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => wanted.length === 0 || wanted.some((w) => file.startsWith(w)))
  .sort();

const all: BenchResult[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(path.join(benchDir, file)).href)) as { run: () => Promise<BenchResult[]> };
  const results = await mod.run();
  all.push(...results);
  fs.mkdirSync(path.join(benchDir, 'results'), { recursive: true });
  fs.writeFileSync(
    path.join(benchDir, 'results', file.replace('.bench.ts', '.json')),
    JSON.stringify(results, null, 2),
  );
}

const pad = (text: string, width: number): string => text.padEnd(width);
console.log(`${pad('benchmark', 44)}${pad('ours', 14)}${pad('reference', 30)}ratio`);
for (const r of all) {
  console.log(
    `${pad(r.name, 44)}${pad(`${r.ours.toFixed(2)} ${r.unit}`, 14)}${pad(`${r.reference.toFixed(2)} ${r.unit} (${r.referenceLabel})`, 30)}${r.ratio.toFixed(2)}×${r.notes ? `  ${r.notes}` : ''}`,
  );
}
