import { expect } from 'vitest';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Core } from '../../../electron/core/create-core.js';
import { ok, tempCore } from '../../helpers/core.js';

export type TestCore = Awaited<ReturnType<typeof tempCore>>;

/** A core with one organisation and `producers` families (one plot each). */
export async function coreWithFamilies(producers: number): Promise<{ core: TestCore; organisationId: string }> {
  const core = await tempCore();
  const org = await ok(core, 'organisations.create', {
    name: 'Cooperativa Agraria Frontera San Ignacio',
    type: 'cooperativa',
  });
  await addFamilies(core, org.id, 0, producers);
  return { core, organisationId: org.id };
}

/** Families numbered from `from`, each with one 1.5 ha plot. */
export async function addFamilies(core: Core, organisationId: string, from: number, count: number): Promise<void> {
  for (let i = from; i < from + count; i += 1) {
    const producer = await ok(core, 'producers.create', {
      organisationId,
      memberCode: `FSI-${String(i).padStart(4, '0')}`,
      names: `Familia de prueba ${i}`,
    });
    await ok(core, 'plots.create', {
      producerId: producer.id,
      name: `Parcela ${i}`,
      geometry: { type: 'Point', coordinates: [-78.99 + i / 1000, -5.15] },
      declaredAreaHa: 1.5,
    });
  }
}

/**
 * Every row of every table, sorted, hashed: two databases with the same hash
 * hold the same data whatever their page layout.
 */
export function dumpHash(db: Database.Database): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  for (const { name } of tables) {
    const rows = db
      .prepare(`SELECT * FROM "${name}"`)
      .all()
      .map((row) => JSON.stringify(row))
      .sort();
    hash.update(`${name}\n${rows.join('\n')}\n`);
  }
  return hash.digest('hex');
}

export const liveCounts = (db: Database.Database) =>
  Object.fromEntries(
    ['organisations', 'producers', 'plots', 'plans', 'layers'].map((table) => [
      table,
      (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE deleted_at IS NULL`).get() as { n: number }).n,
    ]),
  );

/** A backup of `core` at `dir/name` through `backups.write`. */
export async function backupTo(core: Core, dir: string, name = 'respaldo.sqlite'): Promise<string> {
  const target = path.join(dir, name);
  await ok(core, 'backups.write', { path: target });
  expect(fs.existsSync(target)).toBe(true);
  return target;
}
