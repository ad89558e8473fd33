import type { MultiPolygon, Polygon } from 'geojson';
import type { RasterStats, VectorStats } from '../../../shared/climate/model-inputs.js';
import type { HazardLevel } from '../../../shared/domain/hazard.js';
import type { Layer } from '../../../shared/domain/layer.js';
import type { PlotGeometry } from '../../../shared/domain/plot-geometry.js';
import type { CoreContext } from '../api/core-context.js';
import type { Store } from '../store/open-store.js';
import { stmt } from '../store/statements.js';
import { buildVectorLayerIndex } from './vector-layer-index.js';
import type { VectorLayerIndex } from './vector-layer-index.js';
import { overlayVector } from './vector-overlay.js';

export type RasterLayerStats = RasterStats & { slopePct: number | null };
/** What one layer found in one plot; null when the layer does not reach the plot. */
export type LayerStats = ({ kind: 'vector' } & VectorStats) | ({ kind: 'raster' } & RasterLayerStats) | null;

/**
 * Computes overlays on demand for one analysis run. A vector layer's polygons
 * are read and indexed once (flatbush) the first time a plot needs them; a
 * raster's grid is loaded once through the core's raster cache.
 */
export class LayerOverlays {
  private readonly vectorIndexes = new Map<string, VectorLayerIndex>();
  computed = 0;

  constructor(private readonly ctx: CoreContext) {}

  get db(): Store {
    return this.ctx.db;
  }

  /** The stored result when the plot's geometry and the layer's version match; else computed now (not stored). */
  stored(plotId: string, layer: Layer, geometryHash: string): { stats: LayerStats } | null {
    const row = stmt(
      this.ctx.db,
      'SELECT geometry_hash, layer_version, stats FROM plot_layer_stats WHERE plot_id = ? AND layer_id = ?',
    ).get(plotId, layer.id) as { geometry_hash: string; layer_version: number; stats: string | null } | undefined;
    if (!row || row.geometry_hash !== geometryHash || row.layer_version !== layer.version) return null;
    return { stats: row.stats === null ? null : (JSON.parse(row.stats) as LayerStats) };
  }

  compute(layer: Layer, geometry: PlotGeometry, areaHa: number): LayerStats {
    this.computed += 1;
    if (layer.kind === 'raster') {
      const stats = this.ctx.rasters
        .open(this.ctx.dataDir, layer.id)
        .zonalStats(geometry, { slope: layer.hazard === 'elevation' });
      return stats === null ? null : { kind: 'raster', ...stats };
    }
    const stats = overlayVector(geometry, areaHa, this.vectorIndex(layer));
    return stats.highest === null && Object.keys(stats.shares).length === 0 ? null : { kind: 'vector', ...stats };
  }

  private vectorIndex(layer: Layer): VectorLayerIndex {
    let index = this.vectorIndexes.get(layer.id);
    if (!index) {
      index = buildVectorLayerIndex(this.mappedFeatures(layer));
      this.vectorIndexes.set(layer.id, index);
    }
    return index;
  }

  /** Polygons whose class maps to a level; unmapped classes ("sin dato") say nothing about hazard. */
  private *mappedFeatures(layer: Layer) {
    const rows = stmt(this.ctx.db, 'SELECT class_value, geometry FROM layer_features WHERE layer_id = ?')
      .raw(true)
      .all(layer.id) as [string, string][];
    for (const [classValue, geometry] of rows) {
      const level: HazardLevel | undefined = layer.classMap[classValue];
      if (level) yield { level, geometry: JSON.parse(geometry) as Polygon | MultiPolygon };
    }
  }
}

export function saveLayerStats(
  ctx: CoreContext,
  plotId: string,
  layer: Layer,
  geometryHash: string,
  stats: LayerStats,
  now: string,
): void {
  stmt(
    ctx.db,
    `INSERT INTO plot_layer_stats (plot_id, layer_id, geometry_hash, layer_version, stats, computed_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(plot_id, layer_id) DO UPDATE SET geometry_hash = excluded.geometry_hash,
       layer_version = excluded.layer_version, stats = excluded.stats, computed_at = excluded.computed_at`,
  ).run(plotId, layer.id, geometryHash, layer.version, stats === null ? null : JSON.stringify(stats), now);
}
