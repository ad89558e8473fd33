import type { ExportPlot } from './export-query.js';
import { roundTo } from './export-geometry.js';

export type AttributeValue = string | number | null;

/**
 * One attribute of an exported plot, with its name in every format.
 * `name` is used by GeoJSON, KML, CSV and GeoPackage; `dbfName` by the
 * Shapefile's .dbf, whose field names hold at most 10 characters (dBase III).
 */
export interface PlotAttribute {
  name: string;
  dbfName: string;
  kind: 'text' | 'real' | 'integer';
  /** Reals are rounded to this many decimals in every format. */
  decimals?: number;
  value: (plot: ExportPlot) => AttributeValue;
}

const real = (value: number | null, decimals: number): number | null =>
  value === null ? null : roundTo(value, decimals);

/**
 * The attribute list, in order. Coordinates to 6 decimals (~0.1 m, the EUDR
 * precision of DOMAIN.md "Green markets"), perimeters and altitudes to 0.1 m.
 * NOTE: phone, gender and birth year are deliberately not exported: these
 * files go to buyers and certifiers, who need the plot and its owner only.
 */
export const PLOT_ATTRIBUTES: readonly PlotAttribute[] = [
  { name: 'plot_id', dbfName: 'plot_id', kind: 'text', value: (p) => p.id },
  { name: 'plot_name', dbfName: 'plot_name', kind: 'text', value: (p) => p.name },
  { name: 'producer_id', dbfName: 'prod_id', kind: 'text', value: (p) => p.producer.id },
  { name: 'producer_code', dbfName: 'prod_code', kind: 'text', value: (p) => p.producer.memberCode },
  { name: 'producer_name', dbfName: 'prod_name', kind: 'text', value: (p) => p.producer.names },
  { name: 'producer_dni', dbfName: 'prod_dni', kind: 'text', value: (p) => p.producer.dni },
  { name: 'organisation', dbfName: 'org_name', kind: 'text', value: (p) => p.organisation.name },
  { name: 'province', dbfName: 'province', kind: 'text', value: (p) => p.organisation.province },
  { name: 'district', dbfName: 'district', kind: 'text', value: (p) => districtOf(p) },
  // 6 decimals (0.01 m²) so a GIS check of the geometry's area against this column agrees even on small plots.
  { name: 'area_ha', dbfName: 'area_ha', kind: 'real', decimals: 6, value: (p) => real(p.areaHa, 6) },
  {
    name: 'declared_area_ha',
    dbfName: 'decl_ha',
    kind: 'real',
    decimals: 4,
    value: (p) => real(p.declaredAreaHa, 4),
  },
  { name: 'perimeter_m', dbfName: 'perim_m', kind: 'real', decimals: 1, value: (p) => real(p.perimeterM, 1) },
  { name: 'centroid_lon', dbfName: 'cent_lon', kind: 'real', decimals: 6, value: (p) => real(p.centroidLon, 6) },
  { name: 'centroid_lat', dbfName: 'cent_lat', kind: 'real', decimals: 6, value: (p) => real(p.centroidLat, 6) },
  { name: 'altitude_m', dbfName: 'alt_m', kind: 'real', decimals: 1, value: (p) => real(p.altitudeM, 1) },
  { name: 'variety', dbfName: 'variety', kind: 'text', value: (p) => p.variety },
  { name: 'production_system', dbfName: 'prod_sys', kind: 'text', value: (p) => p.productionSystem },
  { name: 'planting_year', dbfName: 'plant_year', kind: 'integer', value: (p) => p.plantingYear },
  { name: 'plants_per_ha', dbfName: 'plants_ha', kind: 'integer', value: (p) => p.plantsPerHa },
  { name: 'shade_pct', dbfName: 'shade_pct', kind: 'real', decimals: 1, value: (p) => real(p.shadePct, 1) },
  { name: 'geometry_type', dbfName: 'geom_type', kind: 'text', value: (p) => p.geometry.type },
];

/** The producer's district when known, else the organisation's. */
export function districtOf(plot: ExportPlot): string {
  return plot.producer.district || plot.organisation.district;
}

export function attributeRecord(plot: ExportPlot): Record<string, AttributeValue> {
  const record: Record<string, AttributeValue> = {};
  for (const attribute of PLOT_ATTRIBUTES) record[attribute.name] = attribute.value(plot);
  return record;
}
