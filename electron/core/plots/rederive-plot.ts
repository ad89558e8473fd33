import type { PlotGeometry } from '../../../shared/domain/plot-geometry.js';
import { analysePlotGeometry } from '../../../shared/geo/plot-analysis.js';
import { peruTest } from '../geo/peru-boundary.js';
import type { Store } from '../store/open-store.js';
import { stmt } from '../store/statements.js';
import { checkPlot, geometryHash, writeSpatial } from './plots-store.js';
import type { PlotCheck } from './plots-store.js';

/**
 * Works out again what a plot's outline determines — area, perimeter,
 * centroid, geometry hash, validation issues, its R*Tree box and overlaps —
 * for writes that do not go through the plot store: a merged package sends
 * the outline, never these, so they can never disagree with it (and two
 * laptops' areas can never be "in conflict" apart from their outlines).
 * A deleted plot, or one without an outline, leaves the index.
 */
export function rederivePlot(db: Store, plotId: string): void {
  const row = stmt(db, 'SELECT rowid, geometry, declared_area_ha, producer_id, deleted_at FROM plots WHERE id = ?').get(
    plotId,
  ) as
    | {
        rowid: number;
        geometry: string | null;
        declared_area_ha: number | null;
        producer_id: string;
        deleted_at: string | null;
      }
    | undefined;
  if (!row) return;
  if (row.deleted_at !== null || row.geometry === null) {
    stmt(db, 'DELETE FROM plots_rtree WHERE plot_rowid = ?').run(row.rowid);
    stmt(db, 'DELETE FROM plot_overlaps WHERE plot_id = ? OR other_plot_id = ?').run(plotId, plotId);
    return;
  }
  const geometry = JSON.parse(row.geometry) as PlotGeometry;
  let check: PlotCheck;
  try {
    check = checkPlot(db, { geometry, declaredAreaHa: row.declared_area_ha, producerId: row.producer_id }, plotId);
  } catch {
    // Its family was deleted on another laptop: the measures still hold, the rules tied to the family do not apply.
    const analysis = analysePlotGeometry(geometry, {
      declaredAreaHa: row.declared_area_ha,
      region: '',
      peru: peruTest,
    });
    check = { ...analysis, overlaps: [], geometryHash: geometryHash(analysis.geometry) };
  }
  const measures = check.measures;
  if (!measures) return;
  stmt(
    db,
    `UPDATE plots SET area_ha = ?, perimeter_m = ?, centroid_lon = ?, centroid_lat = ?, geometry_hash = ?, issues = ?
     WHERE id = ?`,
  ).run(
    measures.areaHa,
    measures.perimeterM,
    measures.centroid[0],
    measures.centroid[1],
    check.geometryHash,
    JSON.stringify(check.issues.filter((issue) => issue.level !== 'error')),
    plotId,
  );
  writeSpatial(db, plotId, { ...check, measures });
}
