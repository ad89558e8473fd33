import type { ImportField, ImportMapping, ImportReason } from '../../../shared/domain/import.js';
import { plotFieldsSchema } from '../../../shared/domain/plot.js';
import type { PlotFields } from '../../../shared/domain/plot.js';
import type { AttributeValue } from './source-types.js';

/** Numbers as spreadsheets in Peru write them: "1,5", "1.234,5", " 2 ". */
export function parseNumber(value: AttributeValue | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return null;
  let text = value.trim().replace(/\s/g, '');
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) text = text.replaceAll('.', '').replace(',', '.');
  else text = text.replace(',', '.');
  const n = Number(text);
  return text !== '' && Number.isFinite(n) ? n : null;
}

export function textOf(value: AttributeValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

const key = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

const systems: Record<string, PlotFields['productionSystem']> = {
  convencional: 'convencional',
  conventional: 'convencional',
  organico: 'organico',
  organic: 'organico',
  transicion: 'transicion',
  'en transicion': 'transicion',
  transition: 'transicion',
};

type PlotExtras = Omit<PlotFields, 'producerId' | 'geometry' | 'name'>;
const numericFields = [
  'declaredAreaHa',
  'altitudeM',
  'plantingYear',
  'plantsPerHa',
  'shadePct',
  'lastHarvestQq',
] as const;

/**
 * The plot fields of one feature from its mapped columns. A value that does
 * not fit (text in a number column, 150 % shade) is left out with an
 * INVALID_VALUE warning: the plot still imports, the report says what was lost.
 */
export function plotExtrasFrom(
  properties: Record<string, AttributeValue>,
  mapping: ImportMapping,
  reasons: ImportReason[],
): Partial<PlotExtras> {
  const extras: Record<string, unknown> = {};
  const invalid = (field: ImportField, value: AttributeValue | undefined): void => {
    reasons.push({ code: 'INVALID_VALUE', level: 'warning', params: { field, value: String(value) } });
  };
  for (const field of numericFields) {
    const column = mapping[field];
    if (!column || textOf(properties[column]) === null) continue;
    const raw = properties[column];
    const parsed = parseNumber(raw);
    const valid = parsed !== null && plotFieldsSchema.shape[field].safeParse(parsed).success;
    if (valid) extras[field] = parsed;
    else invalid(field, raw);
  }
  const variety = mapping.variety ? textOf(properties[mapping.variety]) : null;
  if (variety) extras.variety = variety.slice(0, 120);
  const notes = mapping.notes ? textOf(properties[mapping.notes]) : null;
  if (notes) extras.notes = notes.slice(0, 4000);
  const system = mapping.productionSystem ? textOf(properties[mapping.productionSystem]) : null;
  if (system) {
    const known = systems[key(system)];
    if (known) extras.productionSystem = known;
    else invalid('productionSystem', system);
  }
  return extras;
}
