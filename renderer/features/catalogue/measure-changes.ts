import type { MeasureFields } from '../../../shared/domain/measure.js';

/** The fields a version changed from the one before it (compared as JSON: names, arrays and effect are nested). */
export function changedFields(newer: MeasureFields, older: MeasureFields | undefined): (keyof MeasureFields)[] {
  if (!older) return [];
  return (Object.keys(newer) as (keyof MeasureFields)[]).filter(
    (key) => JSON.stringify(newer[key]) !== JSON.stringify(older[key]),
  );
}
