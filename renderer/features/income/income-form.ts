import type { IncomeProfile } from '../../../shared/domain/plan.js';
import type { IncomeDefaults } from './income-defaults.js';

/** The form's inputs, named as the profile's fields so a VALIDATION issue's path names its input. */
export const incomeInputs = [
  'year',
  'coffeeAreaHa',
  'yieldQqPerHa',
  'price',
  'priceUnit',
  'priceBasis',
  'productionCostPerKg',
  'otherCropsSoles',
  'livestockSoles',
  'offFarmSoles',
  'householdSize',
  'notes',
] as const;
export type IncomeInput = (typeof incomeInputs)[number];

/** What the inputs start with (strings: an uncontrolled input's defaultValue; '' leaves it blank). */
export type IncomeFormValues = Record<IncomeInput, string>;

const text = (value: number | null | undefined): string => (value === null || value === undefined ? '' : String(value));

export function valuesFromProfile(profile: IncomeProfile): IncomeFormValues {
  return {
    year: String(profile.year),
    coffeeAreaHa: text(profile.coffeeAreaHa),
    yieldQqPerHa: text(profile.yieldQqPerHa),
    price: text(profile.price),
    priceUnit: profile.priceUnit,
    priceBasis: profile.priceBasis,
    productionCostPerKg: text(profile.productionCostPerKg),
    otherCropsSoles: text(profile.otherCropsSoles),
    livestockSoles: text(profile.livestockSoles),
    offFarmSoles: text(profile.offFarmSoles),
    householdSize: text(profile.householdSize),
    notes: profile.notes,
  };
}

/**
 * A new year: the settings' defaults for yield and price (blank when the
 * organisation has none), the family's household size from its record.
 * The production cost stays blank on purpose: blank means "the setting's
 * default", which then follows the setting when it changes.
 */
export function valuesForNewYear(
  year: number,
  defaults: IncomeDefaults,
  householdSize: number | null,
): IncomeFormValues {
  return {
    year: String(year),
    coffeeAreaHa: '',
    yieldQqPerHa: text(defaults.yieldQqPerHa),
    price: text(defaults.price),
    priceUnit: defaults.priceUnit,
    priceBasis: defaults.priceBasis,
    productionCostPerKg: '',
    otherCropsSoles: '',
    livestockSoles: '',
    offFarmSoles: '',
    householdSize: text(householdSize),
    notes: '',
  };
}

/** An empty or non-numeric required field reads as NaN, which the schema rejects with the field's path. */
function numberAt(form: FormData, name: IncomeInput, blank: number | null): number | null {
  const value = form.get(name);
  if (typeof value !== 'string' || value.trim() === '') return blank;
  return Number(value.trim());
}
const textAt = (form: FormData, name: IncomeInput): string => {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

/** The profile as typed, to check with incomeProfileFieldsSchema before saving. */
export function readIncomeForm(form: FormData, producerId: string): Record<string, unknown> {
  return {
    producerId,
    year: numberAt(form, 'year', Number.NaN),
    coffeeAreaHa: numberAt(form, 'coffeeAreaHa', Number.NaN),
    yieldQqPerHa: numberAt(form, 'yieldQqPerHa', Number.NaN),
    price: numberAt(form, 'price', Number.NaN),
    priceUnit: textAt(form, 'priceUnit'),
    priceBasis: textAt(form, 'priceBasis'),
    // Blank: the organisation's default cost per kg applies (and follows the setting when it changes).
    productionCostPerKg: numberAt(form, 'productionCostPerKg', null),
    // Blank other incomes mean none.
    otherCropsSoles: numberAt(form, 'otherCropsSoles', 0),
    livestockSoles: numberAt(form, 'livestockSoles', 0),
    offFarmSoles: numberAt(form, 'offFarmSoles', 0),
    householdSize: numberAt(form, 'householdSize', Number.NaN),
    notes: textAt(form, 'notes'),
  };
}
