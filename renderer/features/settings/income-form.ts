import type { IncomeSettings, IncomeSettingsKey } from '../../../shared/plans/income-settings.js';

/** How a field is edited and read back from the form. */
export type IncomeFieldKind = 'number' | 'integer' | 'year' | 'optionalYear' | 'text' | 'checkbox' | 'unit' | 'basis';

export type IncomeFieldName =
  | 'monthlySoles'
  | 'householdSize'
  | 'scaleByHouseholdSize'
  | 'year'
  | 'source'
  | 'monthlySolesPerPerson'
  | 'value'
  | 'unit'
  | 'basis'
  | 'solesPerKg'
  | 'qqPerHa'
  | 'solesPerDay'
  | 'annualRatePct'
  | 'termYears'
  | 'greenPerParchment';

export interface IncomeFieldSpec {
  field: IncomeFieldName;
  kind: IncomeFieldKind;
}
export interface IncomeSectionSpec {
  section: IncomeSettingsKey;
  fields: readonly IncomeFieldSpec[];
}

const f = (field: IncomeFieldName, kind: IncomeFieldKind): IncomeFieldSpec => ({ field, kind });
const yearAndSource = [f('year', 'optionalYear'), f('source', 'text')];

/**
 * The sections of Settings › Living income and prices, in the order shown.
 * What the form does not show (the benchmark's history, kg per quintal) is
 * kept from the saved settings.
 */
export const incomeSections: readonly IncomeSectionSpec[] = [
  {
    section: 'livingIncome',
    fields: [
      f('monthlySoles', 'number'),
      f('householdSize', 'integer'),
      f('year', 'year'),
      f('scaleByHouseholdSize', 'checkbox'),
      f('source', 'text'),
    ],
  },
  { section: 'povertyLine', fields: [f('monthlySolesPerPerson', 'number'), ...yearAndSource] },
  {
    section: 'farmGatePrice',
    fields: [f('value', 'number'), f('unit', 'unit'), f('basis', 'basis'), ...yearAndSource],
  },
  { section: 'productionCost', fields: [f('solesPerKg', 'number'), f('basis', 'basis'), ...yearAndSource] },
  { section: 'defaultYield', fields: [f('qqPerHa', 'number'), f('basis', 'basis'), ...yearAndSource] },
  { section: 'dayWage', fields: [f('solesPerDay', 'number'), ...yearAndSource] },
  { section: 'credit', fields: [f('annualRatePct', 'number'), f('termYears', 'integer'), ...yearAndSource] },
  { section: 'units', fields: [f('greenPerParchment', 'number'), f('source', 'text')] },
];

/** The input name of a field, so the inputs and the reader agree. */
export const incomeFieldName = (section: IncomeSettingsKey, field: IncomeFieldName): string => `${section}.${field}`;

/** The saved value of a field, to fill the input. */
export function incomeFieldValue(
  settings: IncomeSettings,
  section: IncomeSettingsKey,
  field: IncomeFieldName,
): unknown {
  return (settings[section] as Record<string, unknown>)[field];
}

function readField(form: FormData, name: string, kind: IncomeFieldKind): unknown {
  const raw = form.get(name);
  const text = typeof raw === 'string' ? raw.trim() : '';
  switch (kind) {
    case 'checkbox':
      return raw !== null;
    case 'text':
    case 'unit':
    case 'basis':
      return text;
    case 'optionalYear':
      return text === '' ? null : Number(text);
    case 'number':
    case 'integer':
    case 'year':
      // An empty or non-numeric field reads as NaN, which the schema rejects with the field's path.
      return text === '' ? Number.NaN : Number(text);
    default: {
      const unexpected: never = kind;
      throw new Error(`Unknown field kind ${String(unexpected)}`);
    }
  }
}

/** The edited settings from the form, on top of `base`; checked by incomeSettingsSchema before saving. */
export function readIncomeForm(form: FormData, base: IncomeSettings): unknown {
  const edited: Record<string, unknown> = { ...base };
  for (const { section, fields } of incomeSections) {
    const values: Record<string, unknown> = { ...base[section] };
    for (const { field, kind } of fields) values[field] = readField(form, incomeFieldName(section, field), kind);
    edited[section] = values;
  }
  return edited;
}
