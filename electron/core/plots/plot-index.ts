import type { Store } from '../store/open-store.js';
import { stmt } from '../store/statements.js';

/** Every [lon, lat] of a GeoJSON geometry's coordinates, however deeply nested. */
function extendBounds(coordinates: unknown, bounds: [number, number, number, number]): void {
  if (!Array.isArray(coordinates)) return;
  if (typeof coordinates[0] === 'number' && typeof coordinates[1] === 'number') {
    bounds[0] = Math.min(bounds[0], coordinates[0]);
    bounds[1] = Math.min(bounds[1], coordinates[1]);
    bounds[2] = Math.max(bounds[2], coordinates[0]);
    bounds[3] = Math.max(bounds[3], coordinates[1]);
    return;
  }
  for (const item of coordinates) extendBounds(item, bounds);
}

/**
 * Puts a plot's R*Tree entry in line with its row, for writes that do not go
 * through the plot store (a merged package): live plots with a geometry are
 * indexed by its bounding box, deleted ones leave the index (the map and
 * spatial queries read it).
 */
export function refreshPlotIndex(db: Store, plotId: string): void {
  const row = stmt(db, 'SELECT rowid, geometry, deleted_at FROM plots WHERE id = ?').get(plotId) as
    { rowid: number; geometry: string | null; deleted_at: string | null } | undefined;
  if (!row) return;
  if (row.deleted_at !== null || row.geometry === null) {
    stmt(db, 'DELETE FROM plots_rtree WHERE plot_rowid = ?').run(row.rowid);
    stmt(db, 'DELETE FROM plot_overlaps WHERE plot_id = ? OR other_plot_id = ?').run(plotId, plotId);
    return;
  }
  const bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  extendBounds((JSON.parse(row.geometry) as { coordinates?: unknown }).coordinates, bounds);
  if (!Number.isFinite(bounds[0])) return;
  stmt(db, 'INSERT OR REPLACE INTO plots_rtree VALUES (?, ?, ?, ?, ?)').run(
    row.rowid,
    bounds[0],
    bounds[2],
    bounds[1],
    bounds[3],
  );
}
