import type { ExchangedTableName } from '../../../shared/api/exchange.js';

/**
 * Columns the core works out from a plot's outline (area, perimeter,
 * centroid, hash, validation issues) travel as fields of their own, so a
 * plot redrawn on two laptops conflicts on each of them as well as on the
 * outline. They are shown and chosen as one with the outline: a plot's area
 * must never come from another drawing than its polygon.
 */
const companionsOf: Partial<Record<ExchangedTableName, Readonly<Record<string, readonly string[]>>>> = {
  plots: { geometry: ['area_ha', 'perimeter_m', 'centroid_lon', 'centroid_lat', 'geometry_hash', 'issues'] },
};

function companionFields(table: ExchangedTableName, present: readonly string[]): Set<string> {
  const companions = companionsOf[table] ?? {};
  return new Set(present.flatMap((field) => companions[field] ?? []));
}

/** The fields a person decides on: companions left out while their outline is in the list. */
export function decisionFields<F extends { field: string }>(table: ExchangedTableName, fields: readonly F[]): F[] {
  const hidden = companionFields(
    table,
    fields.map((field) => field.field),
  );
  return fields.filter((field) => !hidden.has(field.field));
}

/** The field chosen and, for an outline, its companions in conflict too, all to be settled with the same change. */
export function fieldsSettledWith(table: ExchangedTableName, field: string, present: readonly string[]): string[] {
  const companions = companionsOf[table]?.[field] ?? [];
  return [field, ...companions.filter((companion) => present.includes(companion))];
}

/** Field names to tell the user, companions dropped (they were settled with their outline). */
export function namedFields(table: ExchangedTableName, fields: readonly string[]): string[] {
  const hidden = companionFields(table, fields);
  return fields.filter((field) => !hidden.has(field));
}
