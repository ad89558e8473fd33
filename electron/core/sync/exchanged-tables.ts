import type { ExchangedTableName } from '../../../shared/api/exchange.js';

/**
 * The one list of what travels between laptops: tables (parents first, the
 * order a package is applied in), their key and the columns that are fields.
 * The change-log triggers are generated from it and the merge applies by it,
 * so the two cannot disagree. A unit test checks it against the schema, so a
 * column added later cannot be forgotten silently.
 *
 * Not fields: `updated_at` (every edit sets it, so two edits of different
 * fields would always "conflict" on it; it follows the newest change merged),
 * what a plot's outline determines (area, perimeter, centroid, hash, issues:
 * each laptop works them out again, see `rederivePlot`)
 * and the tables that are derived (R*Trees, overlaps, overlay stats, risk
 * results: recomputed) or belong to one laptop (settings, basemaps, import
 * mappings and runs).
 */
export interface ExchangedTable {
  readonly name: ExchangedTableName;
  /** Primary key columns; a composite key becomes the row id `a/b`. */
  readonly key: readonly string[];
  readonly columns: readonly string[];
  /** Worked out again from the fields on every laptop, never sent (a plot's area from its outline). */
  readonly derivedColumns: readonly string[];
  readonly hasUpdatedAt: boolean;
  /** Column named in conflict lists and previews. */
  readonly labelColumn: string | null;
}

/** Key and columns as space-separated names: the lists stay readable at a glance. */
const table = (
  name: ExchangedTableName,
  key: string,
  columns: string,
  labelColumn: string | null,
  hasUpdatedAt = true,
  derived = '',
): ExchangedTable => ({
  name,
  key: key.split(' '),
  columns: columns.split(' '),
  derivedColumns: derived === '' ? [] : derived.split(' '),
  hasUpdatedAt,
  labelColumn,
});

export const exchangedTables: readonly ExchangedTable[] = [
  table(
    'organisations',
    'id',
    'id name type region province district contact created_at deleted_at ruc certifications logo_data_url',
    'name',
  ),
  table(
    'producers',
    'id',
    'id organisation_id member_code names created_at deleted_at dni gender birth_year household_size phone community district certifications notes',
    'names',
  ),
  table(
    'plots',
    'id',
    'id producer_id name geometry created_at deleted_at declared_area_ha altitude_m altitude_source variety planting_year ' +
      'plants_per_ha shade_pct production_system last_harvest_qq last_harvest_basis notes',
    'name',
    true,
    'area_ha perimeter_m centroid_lon centroid_lat geometry_hash issues',
  ),
  table(
    'layers',
    'id',
    'id name kind created_at deleted_at hazard source date licence scenario_id opacity visible unit ramp sort_order version file_name ' +
      'class_field class_map feature_count raster',
    'name',
  ),
  table('layer_features', 'layer_id fid', 'layer_id fid class_value geometry', null, false),
  table('measures', 'id', 'id code organisation_id built_in version archived_at created_at deleted_at', 'code'),
  table('measure_versions', 'measure_id version', 'measure_id version fields created_at', null, false),
  table(
    'plans',
    'id',
    'id organisation_id producer_id title created_at deleted_at kind start_year end_year scenario_id objectives version ' +
      'previous_version_id approved_by approved_at',
    'title',
  ),
  table(
    'plan_actions',
    'id',
    'id plan_id measure_id measure plot_ids quantity year quarter responsible funding_source indicator target status rationale created_at deleted_at',
    'responsible',
  ),
  table('plan_progress', 'id', 'id action_id date percent_done notes created_at deleted_at', 'date'),
  table('income_profiles', 'id', 'id producer_id year fields created_at deleted_at', 'year'),
];

export function exchangedTable(name: string): ExchangedTable {
  const found = exchangedTables.find((t) => t.name === name);
  if (!found) throw new Error(`Not an exchanged table: ${name}`);
  return found;
}

/** The SQL expression of a row's id inside a trigger (`NEW.id`, `NEW.layer_id || '/' || NEW.fid`). */
export function rowIdSql(t: ExchangedTable, alias: 'NEW' | 'OLD'): string {
  return t.key.map((column) => `${alias}."${column}"`).join(` || '/' || `);
}

/** Key values from a row id, in key order (`'a/3'` → `['a', '3']`); UUIDs and integers hold no `/`. */
export function keyValues(t: ExchangedTable, rowId: string): string[] {
  return t.key.length === 1 ? [rowId] : rowId.split('/');
}
