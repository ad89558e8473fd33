/**
 * Writes the workshop demo database (fictitious cooperative, families, plots,
 * derived hazard layers, risk results, incomes and plans) to a file:
 *
 *   npx tsx scripts/build-demo.ts OUT.sqlite
 *
 * The same generator as "Cargar demo" and `cafetal demo load`
 * (electron/core/demo/), with the same fixed seed. OUT is replaced whole.
 */
import { buildDemoFile } from '../electron/core/demo/generate-demo.js';

const out = process.argv[2];
if (!out) {
  console.error('Usage: npx tsx scripts/build-demo.ts OUT.sqlite');
  process.exit(2);
}
const demo = await buildDemoFile(out);
console.log(JSON.stringify({ path: out, ...demo }, null, 2));
