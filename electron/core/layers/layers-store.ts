import { ApiError } from '../../../shared/api/errors.js';
import { classMapSchema, layerSchema, rasterInfoSchema } from '../../../shared/domain/layer.js';
import type { ClassMap, Layer, LayerMeta, LayerPatch, RasterInfo } from '../../../shared/domain/layer.js';
import type { Store } from '../store/open-store.js';
import { nowIso } from '../store/rows.js';
import { stmt } from '../store/statements.js';

interface LayerRow {
  id: string;
  kind: 'vector' | 'raster';
  name: string;
  hazard: string;
  source: string;
  date: string;
  licence: string;
  scenario_id: string | null;
  opacity: number;
  visible: number;
  unit: string;
  ramp: string;
  sort_order: number;
  version: number;
  file_name: string;
  class_field: string | null;
  class_map: string;
  feature_count: number;
  raster: string | null;
  created_at: string;
  updated_at: string;
}

function layerFromRow(row: LayerRow): Layer {
  return layerSchema.parse({
    id: row.id,
    kind: row.kind,
    name: row.name,
    hazard: row.hazard,
    source: row.source,
    date: row.date,
    licence: row.licence,
    scenarioId: row.scenario_id,
    opacity: row.opacity,
    visible: row.visible === 1,
    unit: row.unit,
    ramp: row.ramp,
    sortOrder: row.sort_order,
    version: row.version,
    fileName: row.file_name,
    classField: row.class_field,
    classMap: classMapSchema.parse(JSON.parse(row.class_map)),
    featureCount: row.feature_count,
    raster: row.raster === null ? null : rasterInfoSchema.parse(JSON.parse(row.raster)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

export function listLayers(db: Store): Layer[] {
  const rows = stmt(db, 'SELECT * FROM layers WHERE deleted_at IS NULL ORDER BY sort_order, created_at').all();
  return (rows as LayerRow[]).map(layerFromRow);
}

export function getLayer(db: Store, id: string): Layer {
  const row = stmt(db, 'SELECT * FROM layers WHERE id = ? AND deleted_at IS NULL').get(id) as LayerRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', 'No such layer.', { entity: 'layer', id });
  return layerFromRow(row);
}

export interface NewLayer {
  id: string;
  kind: 'vector' | 'raster';
  meta: LayerMeta;
  fileName: string;
  classField: string | null;
  classMap: ClassMap;
  featureCount: number;
  raster: RasterInfo | null;
}

/** Inserts the layer's row on top of the others; the caller holds the transaction. */
export function insertLayerRow(db: Store, layer: NewLayer): void {
  const now = nowIso();
  const top = stmt(db, 'SELECT COALESCE(MAX(sort_order), -1) AS top FROM layers WHERE deleted_at IS NULL').get() as {
    top: number;
  };
  const { meta } = layer;
  stmt(
    db,
    `INSERT INTO layers (id, kind, name, hazard, source, date, licence, scenario_id, opacity, visible, unit, ramp,
       sort_order, version, file_name, class_field, class_map, feature_count, raster, created_at, updated_at)
     VALUES (@id, @kind, @name, @hazard, @source, @date, @licence, @scenarioId, @opacity, @visible, @unit, @ramp,
       @sortOrder, 1, @fileName, @classField, @classMap, @featureCount, @raster, @now, @now)`,
  ).run({
    id: layer.id,
    kind: layer.kind,
    name: meta.name,
    hazard: meta.hazard,
    source: meta.source,
    date: meta.date,
    licence: meta.licence,
    scenarioId: meta.scenarioId,
    opacity: meta.opacity,
    visible: meta.visible ? 1 : 0,
    unit: meta.unit,
    ramp: meta.ramp,
    sortOrder: top.top + 1,
    fileName: layer.fileName,
    classField: layer.classField,
    classMap: JSON.stringify(layer.classMap),
    featureCount: layer.featureCount,
    raster: layer.raster === null ? null : JSON.stringify(layer.raster),
    now,
  });
}

/** Columns a patch may set, and whether changing them changes analysis results (bumping the version). */
const patchColumns: Record<keyof LayerPatch, { column: string; affectsResults: boolean }> = {
  name: { column: 'name', affectsResults: false },
  hazard: { column: 'hazard', affectsResults: true },
  source: { column: 'source', affectsResults: false },
  date: { column: 'date', affectsResults: false },
  licence: { column: 'licence', affectsResults: false },
  scenarioId: { column: 'scenario_id', affectsResults: true },
  opacity: { column: 'opacity', affectsResults: false },
  visible: { column: 'visible', affectsResults: false },
  unit: { column: 'unit', affectsResults: false },
  ramp: { column: 'ramp', affectsResults: false },
  classMap: { column: 'class_map', affectsResults: true },
  sortOrder: { column: 'sort_order', affectsResults: false },
};

const toColumnValue = (key: keyof LayerPatch, value: unknown): unknown =>
  key === 'visible' ? (value ? 1 : 0) : key === 'classMap' ? JSON.stringify(value) : value;

export function updateLayer(db: Store, id: string, patch: LayerPatch): Layer {
  const before = getLayer(db, id);
  const sets: string[] = [];
  const values: Record<string, unknown> = { id, now: nowIso() };
  let affectsResults = false;
  for (const [key, value] of Object.entries(patch) as [keyof LayerPatch, unknown][]) {
    if (value === undefined) continue;
    const { column, affectsResults: affects } = patchColumns[key];
    if (key === 'classMap' && before.kind !== 'vector') continue;
    sets.push(`${column} = @${key}`);
    values[key] = toColumnValue(key, value);
    if (affects && JSON.stringify(value) !== JSON.stringify(before[key])) affectsResults = true;
  }
  if (sets.length === 0) return before;
  if (affectsResults) sets.push('version = version + 1');
  db.prepare(`UPDATE layers SET ${sets.join(', ')}, updated_at = @now WHERE id = @id`).run(values);
  return getLayer(db, id);
}

/** Ids from bottom to top; layers left out keep their relative order above them. */
export function reorderLayers(db: Store, ids: readonly string[]): Layer[] {
  const current = listLayers(db).map((l) => l.id);
  const unknown = ids.filter((id) => !current.includes(id));
  if (unknown.length > 0) throw new ApiError('NOT_FOUND', 'No such layer.', { entity: 'layer', id: unknown[0] });
  const order = [...ids, ...current.filter((id) => !ids.includes(id))];
  const now = nowIso();
  db.transaction(() => {
    order.forEach((id, index) =>
      stmt(db, 'UPDATE layers SET sort_order = ?, updated_at = ? WHERE id = ?').run(index, now, id),
    );
  })();
  return listLayers(db);
}

/**
 * A tombstone for the layer (exchange between laptops needs to know it went),
 * its features and overlay results deleted: they are derived data.
 */
export function removeLayerRows(db: Store, id: string): boolean {
  return db.transaction(() => {
    const now = nowIso();
    const changed = stmt(
      db,
      'UPDATE layers SET deleted_at = ?, updated_at = ?, version = version + 1 WHERE id = ? AND deleted_at IS NULL',
    ).run(now, now, id).changes;
    if (changed === 0) return false;
    stmt(db, 'DELETE FROM layer_features WHERE layer_id = ?').run(id);
    stmt(db, 'DELETE FROM plot_layer_stats WHERE layer_id = ?').run(id);
    return true;
  })();
}
