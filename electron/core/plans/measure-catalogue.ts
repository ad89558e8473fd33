import catalogue from '../../../resources/catalogue/measures.json' with { type: 'json' };
import { z } from 'zod';
import { measureFieldsSchema } from '../../../shared/domain/measure.js';
import type { MeasureFields } from '../../../shared/domain/measure.js';
import type { Store } from '../store/open-store.js';
import { withLogMuted } from '../sync/sync-state.js';
import { nowIso } from '../store/rows.js';
import { builtInMeasureId } from './built-in-measure-id.js';
import { stmt } from '../store/statements.js';

const catalogueSchema = z.object({
  version: z.number().int(),
  measures: z.array(measureFieldsSchema.extend({ code: z.string().min(1) })),
});

/** The shipped catalogue (resources/catalogue/measures.json), checked once when first needed. */
let shipped: { code: string; fields: MeasureFields }[] | null = null;
export function shippedMeasures(): { code: string; fields: MeasureFields }[] {
  shipped ??= catalogueSchema.parse(catalogue).measures.map(({ code, ...fields }) => ({ code, fields }));
  return shipped;
}

/**
 * Adds the shipped measures this database does not have yet (a new install,
 * or measures added by an update). Existing ones are left as the user edited
 * them: the shipped values are defaults, not truth.
 */
export function seedMeasureCatalogue(db: Store): number {
  const known = new Set(
    (stmt(db, 'SELECT code FROM measures WHERE code IS NOT NULL').all() as { code: string }[]).map((r) => r.code),
  );
  const missing = shippedMeasures().filter((m) => !known.has(m.code));
  if (missing.length === 0) return 0;
  const now = nowIso();
  // Every laptop seeds the same rows under the same ids: not a change to exchange.
  withLogMuted(db, () => {
    for (const { code, fields } of missing) {
      const id = builtInMeasureId(code);
      stmt(
        db,
        `INSERT INTO measures (id, code, organisation_id, built_in, version, created_at, updated_at)
         VALUES (?, ?, NULL, 1, 1, ?, ?)`,
      ).run(id, code, now, now);
      stmt(db, 'INSERT INTO measure_versions (measure_id, version, fields, created_at) VALUES (?, 1, ?, ?)').run(
        id,
        JSON.stringify(fields),
        now,
      );
    }
  });
  return missing.length;
}
