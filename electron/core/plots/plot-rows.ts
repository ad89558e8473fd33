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
  geometry: string;
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

export const PLOT_SELECT = `
  SELECT p.rowid, p.*, pr.organisation_id, pr.names AS producer_name
  FROM plots p JOIN producers pr ON pr.id = p.producer_id`;

export function toPlotSummary(row: PlotDbRow): PlotSummary {
  return {
    id: row.id,
    producerId: row.producer_id,
    producerName: row.producer_name,
    organisationId: row.organisation_id,
    name: row.name,
    geometryType: (JSON.parse(row.geometry) as PlotGeometry).type,
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
    issues: JSON.parse(row.issues) as PlotIssue[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

export function toPlot(row: PlotDbRow, overlaps: PlotOverlap[]): Plot {
  const { geometryType: _type, ...summary } = toPlotSummary(row);
  return { ...summary, geometry: JSON.parse(row.geometry) as PlotGeometry, overlaps };
}
