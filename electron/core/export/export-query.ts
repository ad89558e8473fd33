import type { PlotGeometry } from '../../../shared/domain/plot-geometry.js';
import type { Store } from '../store/open-store.js';
import type { ExportSkip } from './export-types.js';

/** A live plot with its producer and organisation: everything every format writes. */
export interface ExportPlot {
  id: string;
  name: string;
  geometry: PlotGeometry;
  /** Geodesic area of the polygon, or the declared area of a point plot. */
  areaHa: number;
  declaredAreaHa: number | null;
  perimeterM: number | null;
  centroidLon: number;
  centroidLat: number;
  altitudeM: number | null;
  variety: string;
  productionSystem: string;
  plantingYear: number | null;
  plantsPerHa: number | null;
  shadePct: number | null;
  producer: { id: string; memberCode: string; names: string; dni: string | null; district: string; community: string };
  organisation: { id: string; name: string; region: string; province: string; district: string };
}

interface ExportRow {
  id: string;
  name: string;
  geometry: string | null;
  area_ha: number | null;
  declared_area_ha: number | null;
  perimeter_m: number | null;
  centroid_lon: number | null;
  centroid_lat: number | null;
  altitude_m: number | null;
  variety: string;
  production_system: string;
  planting_year: number | null;
  plants_per_ha: number | null;
  shade_pct: number | null;
  producer_id: string;
  member_code: string;
  producer_names: string;
  dni: string | null;
  producer_district: string;
  community: string;
  organisation_id: string;
  organisation_name: string;
  region: string;
  province: string;
  organisation_district: string;
}

// NOTE: plot ids travel as one JSON array (json_each), so a selection of
// 100,000 plots does not hit SQLite's limit on bound parameters.
const SELECT_SQL = `
  SELECT p.id, p.name, p.geometry, p.area_ha, p.declared_area_ha, p.perimeter_m, p.centroid_lon, p.centroid_lat,
         p.altitude_m, p.variety, p.production_system, p.planting_year, p.plants_per_ha, p.shade_pct,
         pr.id AS producer_id, pr.member_code, pr.names AS producer_names, pr.dni, pr.district AS producer_district,
         pr.community, o.id AS organisation_id, o.name AS organisation_name, o.region, o.province,
         o.district AS organisation_district
  FROM plots p
  JOIN producers pr ON pr.id = p.producer_id
  JOIN organisations o ON o.id = pr.organisation_id
  WHERE p.deleted_at IS NULL AND pr.deleted_at IS NULL AND o.deleted_at IS NULL
    AND (@organisationId IS NULL OR pr.organisation_id = @organisationId)
    AND (@plotIds IS NULL OR p.id IN (SELECT value FROM json_each(@plotIds)))
  ORDER BY o.name COLLATE NOCASE, pr.names COLLATE NOCASE, pr.member_code, pr.id, p.name COLLATE NOCASE, p.id`;

function toExportPlot(row: ExportRow, geometry: PlotGeometry): ExportPlot {
  return {
    id: row.id,
    name: row.name,
    geometry,
    areaHa: row.area_ha ?? 0,
    declaredAreaHa: row.declared_area_ha,
    perimeterM: row.perimeter_m,
    centroidLon: row.centroid_lon ?? 0,
    centroidLat: row.centroid_lat ?? 0,
    altitudeM: row.altitude_m,
    variety: row.variety,
    productionSystem: row.production_system,
    plantingYear: row.planting_year,
    plantsPerHa: row.plants_per_ha,
    shadePct: row.shade_pct,
    producer: {
      id: row.producer_id,
      memberCode: row.member_code,
      names: row.producer_names,
      dni: row.dni,
      district: row.producer_district,
      community: row.community,
    },
    organisation: {
      id: row.organisation_id,
      name: row.organisation_name,
      region: row.region,
      province: row.province,
      district: row.organisation_district,
    },
  };
}

/** Requested ids that will not be exported, and why (deleted, or not there at all). */
function missingRequested(db: Store, plotIds: readonly string[], found: ReadonlySet<string>): ExportSkip[] {
  const missing = [...new Set(plotIds)].filter((id) => !found.has(id));
  if (missing.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT p.id, p.name FROM plots p
       WHERE p.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(missing)) as { id: string; name: string }[];
  const names = new Map(rows.map((row) => [row.id, row.name]));
  return missing.map((id) => {
    const name = names.get(id);
    return name === undefined
      ? { plotId: id, plotName: '', reason: 'PLOT_NOT_FOUND' }
      : // The plot, its producer or its organisation was deleted, or it belongs to another organisation.
        { plotId: id, plotName: name, reason: 'PLOT_NOT_AVAILABLE' };
  });
}

/**
 * The live plots of an organisation, of a selection of plot ids, of both
 * (intersection) or, with neither, of every organisation — ordered by
 * organisation, producer and plot name so KML folders and files read well.
 */
export function selectExportPlots(
  db: Store,
  filter: { organisationId?: string; plotIds?: readonly string[] },
): { plots: ExportPlot[]; skipped: ExportSkip[] } {
  const rows = db.prepare(SELECT_SQL).all({
    organisationId: filter.organisationId ?? null,
    plotIds: filter.plotIds ? JSON.stringify(filter.plotIds) : null,
  }) as ExportRow[];
  const plots: ExportPlot[] = [];
  const skipped: ExportSkip[] = [];
  for (const row of rows) {
    if (row.geometry === null) skipped.push({ plotId: row.id, plotName: row.name, reason: 'NO_GEOMETRY' });
    else plots.push(toExportPlot(row, JSON.parse(row.geometry) as PlotGeometry));
  }
  if (filter.plotIds) skipped.push(...missingRequested(db, filter.plotIds, new Set(rows.map((row) => row.id))));
  return { plots, skipped };
}
