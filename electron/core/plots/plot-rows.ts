import type { PlotGeometry, PlotIssue } from '../../../shared/domain/plot-geometry.js';
import type { Plot, PlotOverlap, PlotSummary } from '../../../shared/domain/plot.js';

/** A plots row joined with its producer. */
export interface PlotDbRow {
  rowid: number;
  id: string;
  producer_id: string;
  organisation_id: string;
  producer_name: string;
  name: string;
  geometry_type: PlotSummary['geometryType'];
  area_ha: number;
  declared_area_ha: number | null;
  perimeter_m: number | null;
  centroid_lon: number;
  centroid_lat: number;
  altitude_m: number | null;
  altitude_source: Plot['altitudeSource'];
  variety: string;
  planting_year: number | null;
  plants_per_ha: number | null;
  shade_pct: number | null;
  production_system: Plot['productionSystem'];
  last_harvest_qq: number | null;
  last_harvest_basis: Plot['lastHarvestBasis'];
  notes: string;
  issues: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** Every column a plot shows, except the geometry (lists never send it). */
const PLOT_COLUMNS = `p.rowid, p.id, p.producer_id, p.name, p.area_ha, p.declared_area_ha, p.perimeter_m,
  p.centroid_lon, p.centroid_lat, p.altitude_m, p.altitude_source, p.variety, p.planting_year, p.plants_per_ha,
  p.shade_pct, p.production_system, p.last_harvest_qq, p.last_harvest_basis, p.notes, p.issues, p.created_at,
  p.updated_at, p.deleted_at, json_extract(p.geometry, '$.type') AS geometry_type,
  pr.organisation_id, pr.names AS producer_name`;

export const PLOT_SUMMARY_SELECT = `SELECT ${PLOT_COLUMNS} FROM plots p JOIN producers pr ON pr.id = p.producer_id`;
export const PLOT_SELECT = `SELECT ${PLOT_COLUMNS}, p.geometry FROM plots p JOIN producers pr ON pr.id = p.producer_id`;

export interface PlotDbRowWithGeometry extends PlotDbRow {
  geometry: string;
}

export function toPlotSummary(row: PlotDbRow): PlotSummary {
  return {
    id: row.id,
    producerId: row.producer_id,
    producerName: row.producer_name,
    organisationId: row.organisation_id,
    name: row.name,
    geometryType: row.geometry_type,
    declaredAreaHa: row.declared_area_ha,
    areaHa: row.area_ha,
    perimeterM: row.perimeter_m,
    centroid: [row.centroid_lon, row.centroid_lat],
    altitudeM: row.altitude_m,
    altitudeSource: row.altitude_source,
    variety: row.variety,
    plantingYear: row.planting_year,
    plantsPerHa: row.plants_per_ha,
    shadePct: row.shade_pct,
    productionSystem: row.production_system,
    lastHarvestQq: row.last_harvest_qq,
    lastHarvestBasis: row.last_harvest_basis,
    notes: row.notes,
    // Most plots have no findings: skip the parse for the common '[]'.
    issues: row.issues === '[]' ? [] : (JSON.parse(row.issues) as PlotIssue[]),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

export function toPlot(row: PlotDbRowWithGeometry, overlaps: PlotOverlap[]): Plot {
  const { geometryType: _type, ...summary } = toPlotSummary(row);
  return { ...summary, geometry: JSON.parse(row.geometry) as PlotGeometry, overlaps };
}
