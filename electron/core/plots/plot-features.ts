import type { PlotFeatureCollection } from '../../../shared/api/plots.js';
import type { PlotGeometry } from '../../../shared/domain/plot-geometry.js';
import type { Store } from '../store/open-store.js';
import { stmt } from '../store/statements.js';

interface FeatureRow {
  id: string;
  name: string;
  geometry: string;
  area_ha: number;
  variety: string;
  production_system: string;
  issues: string;
  producer_id: string;
  producer_name: string;
}

/** The plots as one GeoJSON FeatureCollection for the map, with the attributes it colours and labels by. */
export function plotFeatures(
  db: Store,
  filter: { organisationId?: string; producerId?: string },
): PlotFeatureCollection {
  const rows = stmt(
    db,
    `SELECT p.id, p.name, p.geometry, p.area_ha, p.variety, p.production_system, p.issues,
              p.producer_id, pr.names AS producer_name
       FROM plots p JOIN producers pr ON pr.id = p.producer_id
       WHERE p.deleted_at IS NULL
         AND (@organisationId IS NULL OR pr.organisation_id = @organisationId)
         AND (@producerId IS NULL OR p.producer_id = @producerId)`,
  ).all({ organisationId: filter.organisationId ?? null, producerId: filter.producerId ?? null }) as FeatureRow[];
  return {
    type: 'FeatureCollection',
    features: rows.map((row) => ({
      type: 'Feature',
      id: row.id,
      geometry: JSON.parse(row.geometry) as PlotGeometry,
      properties: {
        id: row.id,
        name: row.name,
        producerId: row.producer_id,
        producerName: row.producer_name,
        variety: row.variety,
        productionSystem: row.production_system,
        areaHa: Math.round(row.area_ha * 10_000) / 10_000,
        warningCount: row.issues === '[]' ? 0 : (JSON.parse(row.issues) as unknown[]).length,
      },
    })),
  };
}
