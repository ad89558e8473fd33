import { createHash } from 'node:crypto';
import { importMappingSchema } from '../../../shared/domain/import.js';
import type { ImportField, ImportMapping } from '../../../shared/domain/import.js';
import type { Store } from '../store/open-store.js';
import { nowIso } from '../store/rows.js';

const normalise = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/**
 * Column names seen in KoboToolbox/ODK forms, GPS apps, QGIS layers and the
 * organisations' spreadsheets, normalised (lower case, no accents, `_`).
 */
const synonyms: Record<ImportField, readonly string[]> = {
  producerCode: [
    'prod_code',
    'codigo',
    'cod_socio',
    'codigo_socio',
    'member_code',
    'producer_code',
    'cod_productor',
    'codigo_productor',
    'socio',
    'cod',
  ],
  producerName: [
    'prod_name',
    'producername',
    'productor',
    'nombre_productor',
    'productor_nombre',
    'producer',
    'producer_name',
    'nombres',
    'nombre_socio',
    'socio_nombre',
    'propietario',
    'titular',
  ],
  producerDni: ['prod_dni', 'dni', 'producer_dni', 'documento', 'nro_dni', 'num_dni', 'doc_identidad'],
  plotName: [
    'productionplace',
    'parcela',
    'nombre_parcela',
    'plot',
    'plot_name',
    'name',
    'nombre',
    'finca',
    'predio',
    'lote',
  ],
  declaredAreaHa: [
    'declared_area_ha',
    'decl_ha',
    'area',
    'area_ha',
    'ha',
    'hectareas',
    'superficie',
    'sup_ha',
    'area_declarada',
  ],
  altitudeM: [
    'alt_m',
    'altitud',
    'altitude',
    'altitude_m',
    'altitud_msnm',
    'alt',
    'msnm',
    'ele',
    'elevation',
    'elevacion',
    'altura',
  ],
  variety: ['variedad', 'variety', 'variedades'],
  plantingYear: [
    'plant_year',
    'ano_siembra',
    'anio_siembra',
    'planting_year',
    'plantingyear',
    'ano_instalacion',
    'siembra',
  ],
  plantsPerHa: ['plants_ha', 'plantas_ha', 'plants_per_ha', 'densidad', 'plantas_por_ha'],
  shadePct: ['sombra', 'sombra_pct', 'shade', 'shade_pct', 'porcentaje_sombra'],
  productionSystem: ['prod_sys', 'sistema', 'sistema_produccion', 'production_system', 'manejo'],
  lastHarvestQq: ['cosecha', 'cosecha_qq', 'produccion_qq', 'last_harvest_qq', 'qq'],
  notes: ['notas', 'notes', 'observaciones', 'obs', 'description', 'descripcion', 'comentarios'],
};

/** A first guess of the mapping from the column names alone; each column is used once. */
export function suggestMapping(columns: readonly string[]): ImportMapping {
  const byKey = new Map(columns.map((column) => [normalise(column), column]));
  const used = new Set<string>();
  const mapping: ImportMapping = {};
  for (const [field, names] of Object.entries(synonyms) as [ImportField, readonly string[]][]) {
    const column = names.map((name) => byKey.get(name)).find((c) => c !== undefined && !used.has(c));
    if (column) {
      mapping[field] = column;
      used.add(column);
    }
  }
  return mapping;
}

/** The same columns in any order are the same layout. */
export function columnsKey(columns: readonly string[]): string {
  return createHash('sha256')
    .update(JSON.stringify([...columns].map(normalise).sort()))
    .digest('hex');
}

export function rememberedMapping(db: Store, organisationId: string, columns: readonly string[]): ImportMapping | null {
  const row = db
    .prepare('SELECT mapping FROM import_mappings WHERE organisation_id = ? AND columns_key = ?')
    .get(organisationId, columnsKey(columns)) as { mapping: string } | undefined;
  if (!row) return null;
  const parsed = importMappingSchema.safeParse(JSON.parse(row.mapping));
  // A remembered mapping naming a column the file no longer has is ignored, not half-applied.
  if (!parsed.success || Object.values(parsed.data).some((column) => !columns.includes(column))) return null;
  return parsed.data;
}

export function rememberMapping(
  db: Store,
  organisationId: string,
  columns: readonly string[],
  mapping: ImportMapping,
): void {
  db.prepare(
    `INSERT INTO import_mappings (organisation_id, columns_key, mapping, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(organisation_id, columns_key) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at`,
  ).run(organisationId, columnsKey(columns), JSON.stringify(mapping), nowIso());
}
