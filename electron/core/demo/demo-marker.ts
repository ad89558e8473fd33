import fs from 'node:fs';
import Database from 'better-sqlite3';
import { z } from 'zod';
import type { DemoCounts } from '../../../shared/api/demo.js';
import { schemaVersionOf } from '../store/migrate.js';
import { LATEST_SCHEMA_VERSION } from '../store/migrations/index.js';
import type { Store } from '../store/open-store.js';
import { nowIso } from '../store/rows.js';

/**
 * Bumped whenever the generator makes different content: a demo file made by
 * an older generator is regenerated on "Load demo", like one from an older schema.
 */
export const DEMO_FORMAT_VERSION = 1;

/** Settings key of the marker (readSettings ignores keys it does not know). */
const MARKER_KEY = 'demo';

const markerSchema = z.object({
  generator: z.literal('cafetal-demo'),
  formatVersion: z.number().int(),
  seed: z.number().int(),
  generatedAt: z.string(),
  organisationId: z.string(),
});
export type DemoMarker = z.infer<typeof markerSchema>;

/** Says "this file is the workshop demo", when it was made and which organisation is the demo's. */
export function writeDemoMarker(db: Store, marker: DemoMarker): void {
  db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(MARKER_KEY, JSON.stringify(marker), nowIso());
}

export function readDemoMarker(db: Database.Database): DemoMarker | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(MARKER_KEY) as { value: string } | undefined;
  if (!row) return null;
  const parsed = markerSchema.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : null;
}

const count = (db: Database.Database, sql: string): number => (db.prepare(sql).get() as { n: number }).n;

export function demoCounts(db: Database.Database): DemoCounts {
  return {
    organisations: count(db, 'SELECT count(*) AS n FROM organisations WHERE deleted_at IS NULL'),
    producers: count(db, 'SELECT count(*) AS n FROM producers WHERE deleted_at IS NULL'),
    plots: count(db, 'SELECT count(*) AS n FROM plots WHERE deleted_at IS NULL'),
    layers: count(db, 'SELECT count(*) AS n FROM layers WHERE deleted_at IS NULL'),
    plans: count(db, 'SELECT count(*) AS n FROM plans WHERE deleted_at IS NULL'),
    approvedPlans: count(db, 'SELECT count(*) AS n FROM plans WHERE deleted_at IS NULL AND approved_at IS NOT NULL'),
    planActions: count(db, 'SELECT count(*) AS n FROM plan_actions WHERE deleted_at IS NULL'),
    progressEntries: count(db, 'SELECT count(*) AS n FROM plan_progress WHERE deleted_at IS NULL'),
    incomeProfiles: count(db, 'SELECT count(*) AS n FROM income_profiles WHERE deleted_at IS NULL'),
    analysedPlots: count(db, 'SELECT count(DISTINCT plot_id) AS n FROM plot_risks'),
  };
}

export interface DemoFileInfo {
  marker: DemoMarker;
  organisationName: string | null;
  counts: DemoCounts;
}

/** What an open demo database says about itself; null when it is not a demo made by this generator. */
export function describeDemo(db: Database.Database): DemoFileInfo | null {
  const marker = readDemoMarker(db);
  if (marker === null || marker.formatVersion !== DEMO_FORMAT_VERSION) return null;
  const org = db
    .prepare('SELECT name FROM organisations WHERE id = ? AND deleted_at IS NULL')
    .get(marker.organisationId) as { name: string } | undefined;
  return { marker, organisationName: org?.name ?? null, counts: demoCounts(db) };
}

/**
 * Reads a demo file on disk without changing it (read-only connection, no
 * migration). Null when it is missing, unreadable, from an older schema or an
 * older generator: "Load demo" then makes it again.
 */
export function inspectDemoFile(dbPath: string): DemoFileInfo | null {
  if (!fs.existsSync(dbPath)) return null;
  let db: Database.Database | null = null;
  try {
    db = new Database(dbPath, { readonly: true, fileMustExist: true });
    if (schemaVersionOf(db) !== LATEST_SCHEMA_VERSION) return null;
    return describeDemo(db);
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
