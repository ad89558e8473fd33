import type { Position } from 'geojson';
import { createHash } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors.js';
import type { PlotGeometry, PlotIssue, PlotMeasures } from '../../../shared/domain/plot-geometry.js';
import type { Plot, PlotFields, PlotOverlap, PlotPatch, PlotSummary } from '../../../shared/domain/plot.js';
import { analysePlotGeometry, hasBlockingIssue } from '../../../shared/geo/plot-analysis.js';
import { peruTest } from '../geo/peru-boundary.js';
import type { Store } from '../store/open-store.js';
import { stmt } from '../store/statements.js';
import { newId, nowIso } from '../store/rows.js';
import { findNeighbourIssues } from './plot-overlaps.js';
import { PLOT_SELECT, PLOT_SUMMARY_SELECT, toPlot, toPlotSummary } from './plot-rows.js';
import type { PlotDbRow, PlotDbRowWithGeometry } from './plot-rows.js';

const ringKey = (ring: readonly Position[]): string =>
  ring.map((p) => `${Math.round((p[0] as number) * 1e7)},${Math.round((p[1] as number) * 1e7)}`).join(';');

/** Same shape to the centimetre (1e-7°) means the same plot entered twice. Altitudes do not count. */
export function geometryHash(geometry: PlotGeometry): string {
  const key =
    geometry.type === 'Point'
      ? ringKey([geometry.coordinates])
      : (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
          .map((rings) => rings.map(ringKey).join('|'))
          .join('||');
  return createHash('sha256').update(`${geometry.type}:${key}`).digest('hex');
}

export interface PlotCheck {
  geometry: PlotGeometry;
  measures: PlotMeasures | null;
  issues: PlotIssue[];
  overlaps: PlotOverlap[];
  geometryHash: string;
}

function regionOfProducer(db: Store, producerId: string): string {
  const row = stmt(
    db,
    `SELECT o.region, pr.deleted_at FROM producers pr JOIN organisations o ON o.id = pr.organisation_id WHERE pr.id = ?`,
  ).get(producerId) as { region: string; deleted_at: string | null } | undefined;
  if (!row || row.deleted_at)
    throw new ApiError('NOT_FOUND', `No producer with id ${producerId}.`, { entity: 'producer', id: producerId });
  return row.region;
}

/** Every validation rule of issue #3: the geometry's own, then those against other plots. */
export function checkPlot(
  db: Store,
  input: { geometry: PlotGeometry; declaredAreaHa: number | null; producerId: string },
  exceptId: string | null,
): PlotCheck {
  const region = regionOfProducer(db, input.producerId);
  const analysis = analysePlotGeometry(input.geometry, {
    declaredAreaHa: input.declaredAreaHa,
    region,
    peru: peruTest,
  });
  const hash = geometryHash(analysis.geometry);
  if (!analysis.measures || hasBlockingIssue(analysis.issues)) {
    return { ...analysis, overlaps: [], geometryHash: hash };
  }
  const neighbours = findNeighbourIssues(db, analysis.geometry, hash, analysis.measures.bbox, exceptId);
  return {
    ...analysis,
    issues: [...analysis.issues, ...neighbours.issues],
    overlaps: neighbours.overlaps,
    geometryHash: hash,
  };
}

function getPlotRow(db: Store, id: string): PlotDbRowWithGeometry {
  const row = stmt(db, `${PLOT_SELECT} WHERE p.id = ?`).get(id) as PlotDbRowWithGeometry | undefined;
  if (!row) throw new ApiError('NOT_FOUND', `No plot with id ${id}.`, { entity: 'plot', id });
  return row;
}

function overlapsOf(db: Store, id: string): PlotOverlap[] {
  return stmt(
    db,
    `SELECT o.other_id AS plotId, p.name AS plotName, pr.names AS producerName, o.overlap_ha AS overlapHa
       FROM (SELECT other_plot_id AS other_id, overlap_ha FROM plot_overlaps WHERE plot_id = @id
             UNION ALL SELECT plot_id, overlap_ha FROM plot_overlaps WHERE other_plot_id = @id) o
       JOIN plots p ON p.id = o.other_id AND p.deleted_at IS NULL
       JOIN producers pr ON pr.id = p.producer_id
       ORDER BY o.overlap_ha DESC`,
  ).all({ id }) as PlotOverlap[];
}

export function getPlot(db: Store, id: string): Plot {
  return toPlot(getPlotRow(db, id), overlapsOf(db, id));
}

export function listPlots(db: Store, filter: { organisationId?: string; producerId?: string }): PlotSummary[] {
  const rows = stmt(
    db,
    `${PLOT_SUMMARY_SELECT}
       WHERE p.deleted_at IS NULL
         AND (@organisationId IS NULL OR pr.organisation_id = @organisationId)
         AND (@producerId IS NULL OR p.producer_id = @producerId)
       ORDER BY pr.names COLLATE NOCASE, p.name COLLATE NOCASE`,
  ).all({ organisationId: filter.organisationId ?? null, producerId: filter.producerId ?? null }) as PlotDbRow[];
  return rows.map(toPlotSummary);
}

function rejectIfBlocked(check: PlotCheck): asserts check is PlotCheck & { measures: PlotMeasures } {
  if (!check.measures || hasBlockingIssue(check.issues)) {
    throw new ApiError('VALIDATION', 'The plot geometry has errors.', {
      issues: check.issues.filter((issue) => issue.level === 'error'),
      allIssues: check.issues,
    });
  }
}

/** Index, overlaps and stored issues follow the geometry on every save. */
export function writeSpatial(
  db: Store,
  id: string,
  check: PlotCheck & { measures: PlotMeasures },
  /** Known right after an INSERT; looked up otherwise. A new plot has no old overlaps to clear. */
  inserted?: { rowid: number | bigint },
): void {
  const rowid =
    inserted?.rowid ?? (stmt(db, 'SELECT rowid FROM plots WHERE id = ?').get(id) as { rowid: number }).rowid;
  const [minLon, minLat, maxLon, maxLat] = check.measures.bbox;
  stmt(db, 'INSERT OR REPLACE INTO plots_rtree VALUES (?, ?, ?, ?, ?)').run(rowid, minLon, maxLon, minLat, maxLat);
  if (!inserted) stmt(db, 'DELETE FROM plot_overlaps WHERE plot_id = ? OR other_plot_id = ?').run(id, id);
  const record = stmt(
    db,
    'INSERT INTO plot_overlaps (plot_id, other_plot_id, overlap_ha, detected_at) VALUES (?, ?, ?, ?)',
  );
  const now = nowIso();
  for (const overlap of check.overlaps) record.run(id, overlap.plotId, overlap.overlapHa, now);
}

const columnsOf = (fields: Omit<PlotFields, 'geometry'>, check: PlotCheck & { measures: PlotMeasures }) => ({
  producer_id: fields.producerId,
  name: fields.name,
  geometry: JSON.stringify(check.geometry),
  geometry_hash: check.geometryHash,
  area_ha: check.measures.areaHa,
  declared_area_ha: fields.declaredAreaHa,
  perimeter_m: check.measures.perimeterM,
  centroid_lon: check.measures.centroid[0],
  centroid_lat: check.measures.centroid[1],
  altitude_m: fields.altitudeM,
  altitude_source: fields.altitudeM === null ? null : (fields.altitudeSource ?? 'typed'),
  variety: fields.variety,
  planting_year: fields.plantingYear,
  plants_per_ha: fields.plantsPerHa,
  shade_pct: fields.shadePct,
  production_system: fields.productionSystem,
  last_harvest_qq: fields.lastHarvestQq,
  last_harvest_basis: fields.lastHarvestBasis,
  notes: fields.notes,
  issues: JSON.stringify(check.issues.filter((issue) => issue.level !== 'error')),
});

/** Inserts a plot whose check has passed; the caller holds the transaction. Returns its id. */
export function insertCheckedPlot(
  db: Store,
  fields: Omit<PlotFields, 'geometry'>,
  check: PlotCheck & { measures: PlotMeasures },
): string {
  const id = newId();
  const now = nowIso();
  const columns = columnsOf(fields, check);
  const names = Object.keys(columns);
  const { lastInsertRowid } = stmt(
    db,
    `INSERT INTO plots (id, ${names.join(', ')}, created_at, updated_at)
     VALUES (@id, ${names.map((n) => `@${n}`).join(', ')}, @now, @now)`,
  ).run({ ...columns, id, now });
  writeSpatial(db, id, check, { rowid: lastInsertRowid });
  return id;
}

export function createPlot(db: Store, fields: PlotFields): Plot {
  return db.transaction(() => {
    const check = checkPlot(db, fields, null);
    rejectIfBlocked(check);
    return getPlot(db, insertCheckedPlot(db, fields, check));
  })();
}

export function updatePlot(db: Store, id: string, patch: PlotPatch): Plot {
  return db.transaction(() => {
    const current = getPlot(db, id);
    if (current.deletedAt) throw new ApiError('NOT_FOUND', `Plot ${id} was deleted.`, { id });
    const next: PlotFields = { ...current, ...patch };
    const check = checkPlot(db, next, id);
    rejectIfBlocked(check);
    const columns = columnsOf(next, check);
    stmt(
      db,
      `UPDATE plots SET ${Object.keys(columns)
        .map((n) => `${n} = @${n}`)
        .join(', ')}, updated_at = @now WHERE id = @id`,
    ).run({ ...columns, id, now: nowIso() });
    writeSpatial(db, id, check);
    return getPlot(db, id);
  })();
}

/** Soft delete (undo = restore): the row stays as a tombstone for merging laptops. */
export function removePlot(db: Store, id: string): { id: string; deletedAt: string } {
  return db.transaction(() => {
    const row = getPlotRow(db, id);
    if (row.deleted_at) return { id, deletedAt: row.deleted_at };
    const now = nowIso();
    stmt(db, 'UPDATE plots SET deleted_at = ?, updated_at = ? WHERE id = ?').run(now, now, id);
    stmt(db, 'DELETE FROM plots_rtree WHERE plot_rowid = ?').run(row.rowid);
    stmt(db, 'DELETE FROM plot_overlaps WHERE plot_id = ? OR other_plot_id = ?').run(id, id);
    return { id, deletedAt: now };
  })();
}

export function restorePlot(db: Store, id: string): Plot {
  return db.transaction(() => {
    const row = getPlotRow(db, id);
    if (!row.deleted_at) return getPlot(db, id);
    const geometry = JSON.parse(row.geometry) as PlotGeometry;
    const check = checkPlot(db, { geometry, declaredAreaHa: row.declared_area_ha, producerId: row.producer_id }, id);
    // A plot deleted and then mapped again by someone else must not come back as a duplicate.
    rejectIfBlocked(check);
    stmt(db, 'UPDATE plots SET deleted_at = NULL, updated_at = ? WHERE id = ?').run(nowIso(), id);
    writeSpatial(db, id, check);
    return getPlot(db, id);
  })();
}
