import type { PlotGeometry } from '../../../shared/domain/plot-geometry.js';
import type { Store } from '../store/open-store.js';
import { stmt } from '../store/statements.js';

/** What the analysis needs of a plot. */
export interface RiskPlot {
  id: string;
  name: string;
  producerId: string;
  producerName: string;
  geometryHash: string;
  areaHa: number;
  centroid: [number, number];
  altitudeM: number | null;
  altitudeSource: 'typed' | 'gps' | 'dem' | null;
  variety: string;
  shadePct: number | null;
}

type Row = [
  string,
  string,
  string,
  string,
  string | null,
  number | null,
  number | null,
  number | null,
  number | null,
  string | null,
  string,
  number | null,
  string,
];

/** The live plots of an organisation (or the given ones), in a stable order. */
export function loadRiskPlots(db: Store, organisationId: string, plotIds?: readonly string[]): RiskPlot[] {
  const columns = `p.id, p.name, p.producer_id, pr.names, p.geometry_hash, p.area_ha, p.centroid_lon,
            p.centroid_lat, p.altitude_m, p.altitude_source, p.variety, p.shade_pct, p.updated_at`;
  // A few plots (a risk card, re-analysing one plot) are looked up by id, not picked out of the whole list.
  const rows = (
    plotIds
      ? stmt(
          db,
          `SELECT ${columns} FROM plots p JOIN producers pr ON pr.id = p.producer_id
            WHERE p.id IN (SELECT value FROM json_each(?)) AND p.deleted_at IS NULL AND pr.deleted_at IS NULL
              AND p.geometry IS NOT NULL AND pr.organisation_id = ?
            ORDER BY p.rowid`,
        )
          .raw(true)
          .all(JSON.stringify(plotIds), organisationId)
      : stmt(
          db,
          `SELECT ${columns} FROM producers pr JOIN plots p INDEXED BY plots_risk_inputs ON p.producer_id = pr.id
            WHERE p.deleted_at IS NULL AND pr.deleted_at IS NULL AND p.geometry IS NOT NULL
              AND pr.organisation_id = ?
            ORDER BY p.rowid`,
        )
          .raw(true)
          .all(organisationId)
  ) as Row[];
  const plots: RiskPlot[] = [];
  for (const row of rows) {
    const [id, name, producerId, producerName, hash, areaHa, lon, lat, altitudeM, source, variety] = row;
    plots.push({
      id,
      name,
      producerId,
      producerName,
      // Plots saved before geometry hashes existed fall back to their last change.
      geometryHash: hash ?? `updated:${row[12]}`,
      areaHa: areaHa ?? 0,
      centroid: [lon ?? 0, lat ?? 0],
      altitudeM,
      altitudeSource: source as RiskPlot['altitudeSource'],
      variety,
      shadePct: row[11],
    });
  }
  return plots;
}

/** A plot's geometry, read only for the plots whose overlays are computed (not with the list: 100,000 would be 50 MB). */
export function loadPlotGeometry(db: Store, plotId: string): PlotGeometry {
  const row = stmt(db, 'SELECT geometry FROM plots WHERE id = ?').get(plotId) as { geometry: string };
  return JSON.parse(row.geometry) as PlotGeometry;
}
