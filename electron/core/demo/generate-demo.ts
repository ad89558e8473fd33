import fs from 'node:fs';
import path from 'node:path';
import type { DemoCounts } from '../../../shared/api/demo.js';
import { readSettings } from '../settings/settings-store.js';
import { createCore } from '../create-core.js';
import { seededRandom } from '../synthetic/random.js';
import { demoCall } from './demo-call.js';
import { DEMO_ORGANISATION_CONTACT, DEMO_ORGANISATION_NAME, DEMO_SEED } from './demo-content.js';
import { createDemoFamilies } from './demo-families.js';
import { demoHazardLayers } from './demo-hazard-layers.js';
import { createDemoIncome } from './demo-income.js';
import { DEMO_FORMAT_VERSION, demoCounts, writeDemoMarker } from './demo-marker.js';
import { removeSqliteFile, removeSqliteSidecars } from './demo-paths.js';
import { createDemoPlans } from './demo-plans.js';

/** Progress and cancellation, as a job handler gets them (optional for scripts). */
export interface DemoProgress {
  progress(done: number, total: number | null, stage: string): void;
  throwIfCancelled(): void;
}

export interface GeneratedDemo {
  organisationId: string;
  generatedAt: string;
  counts: DemoCounts;
  durationMs: number;
}

const STAGES = ['organisation', 'families', 'layers', 'risk', 'income', 'plans', 'finish'] as const;

/**
 * Writes the complete workshop demo into a NEW database file at `dbPath`
 * (which must not exist), through the same API the app uses: the
 * organisation, its fictitious families and plots, the hazard layers derived
 * from the built-in model, the risk analysis, income profiles, farm plans
 * and the organisation plan. The file is left closed and self-contained (no
 * WAL beside it). A failure or cancel removes it.
 */
export async function generateDemoDatabase(
  dbPath: string,
  dataDir: string,
  job: DemoProgress = { progress: () => undefined, throwIfCancelled: () => undefined },
): Promise<GeneratedDemo> {
  const started = performance.now();
  if (fs.existsSync(dbPath)) throw new Error(`The demo is generated into a new file; ${dbPath} exists.`);
  const core = await createCore({ dbPath, dataDir });
  const step = (stage: (typeof STAGES)[number]): void => {
    job.throwIfCancelled();
    job.progress(STAGES.indexOf(stage), STAGES.length, stage);
  };
  try {
    const call = demoCall(core);
    const random = seededRandom(DEMO_SEED);
    step('organisation');
    const organisation = await call('organisations.create', {
      name: DEMO_ORGANISATION_NAME,
      type: 'cooperativa',
      region: 'Cajamarca',
      province: 'San Ignacio',
      district: 'San Ignacio',
      contact: DEMO_ORGANISATION_CONTACT,
      certifications: ['organico_ue', 'fairtrade'],
    });
    // The demo opens on its own organisation: the setting lives in the demo file, never in the real one.
    await call('settings.update', { activeOrganisationId: organisation.id });

    step('families');
    const families = await createDemoFamilies(call, random, organisation.id);

    step('layers');
    for (const layer of demoHazardLayers(readSettings(core.context.db).climateModel)) {
      await call('layers.add', {
        source: { fileName: layer.fileName, dataBase64: Buffer.from(JSON.stringify(layer.geojson)).toString('base64') },
        meta: layer.meta,
        classField: layer.classField,
        classMap: layer.classMap,
      });
    }

    step('risk');
    await call('risk.analyse', { organisationId: organisation.id });

    step('income');
    await createDemoIncome(call, random, families);

    step('plans');
    await createDemoPlans(call, organisation.id, families);

    step('finish');
    const generatedAt = new Date().toISOString();
    const db = core.context.db;
    writeDemoMarker(db, {
      generator: 'cafetal-demo',
      formatVersion: DEMO_FORMAT_VERSION,
      seed: DEMO_SEED,
      generatedAt,
      organisationId: organisation.id,
    });
    const counts = demoCounts(db);
    // One self-contained file: renaming it must not leave its WAL behind under the old name.
    db.pragma('journal_mode = DELETE');
    core.close();
    job.progress(STAGES.length, STAGES.length, 'finish');
    return {
      organisationId: organisation.id,
      generatedAt,
      counts,
      durationMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    core.close();
    removeSqliteFile(dbPath);
    throw error;
  }
}

/**
 * Generates the demo beside `outPath` and renames it into place: whoever
 * opens `outPath` sees the old file or the whole new one, never half of it.
 * For `scripts/build-demo.ts`; the app swaps through the workspace instead.
 */
export async function buildDemoFile(outPath: string, job?: DemoProgress): Promise<GeneratedDemo> {
  const target = path.resolve(outPath);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}.partial`;
  removeSqliteFile(partial);
  const generated = await generateDemoDatabase(partial, path.dirname(target), job);
  removeSqliteSidecars(target);
  fs.renameSync(partial, target);
  return generated;
}
