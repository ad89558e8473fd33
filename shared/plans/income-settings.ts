import { z } from 'zod';
import incomeDefaults from './income-defaults.json' with { type: 'json' };

/**
 * Living-income and price defaults for family plans (`settings.income`).
 * Values, sources and years live in income-defaults.json; the organisation
 * edits them in Settings › Income and prices, where each default's source is
 * shown beside it.
 */

/** How a coffee price or yield is counted: per kg or per quintal (46 kg). */
export const priceUnits = ['kg', 'qq'] as const;
export type PriceUnit = (typeof priceUnits)[number];

/** Parchment ("pergamino", what families sell) or green coffee ("oro verde", after hulling). */
export const coffeeBases = ['pergamino', 'oro_verde'] as const;
export type CoffeeBasis = (typeof coffeeBases)[number];

const source = z.string().trim().min(1).max(1000);
const year = z.number().int().min(1950).max(2100);
const soles = z.number().min(0).max(10_000_000);

export const livingIncomeSchema = z.object({
  /** Soles a month for the reference household (Anker: 2,522 for 4 people, 2024). */
  monthlySoles: soles,
  year,
  householdSize: z.number().int().min(1).max(30),
  /**
   * False (default): every family is compared with the benchmark as published,
   * which is for the reference household. True: monthlySoles / householdSize ×
   * the family's members, an approximation the Anker study does not make.
   */
  scaleByHouseholdSize: z.boolean(),
  source,
  /** Earlier published values, newest first; shown, not used in calculations. */
  history: z.array(z.object({ year, monthlySoles: soles })).max(50),
});

export const incomeSettingsSchema = z.object({
  livingIncome: livingIncomeSchema,
  povertyLine: z.object({ monthlySolesPerPerson: soles, year: year.nullable(), source }),
  farmGatePrice: z.object({
    /** Soles per `unit` of `basis` coffee. */
    value: z.number().positive().max(100_000),
    unit: z.enum(priceUnits),
    basis: z.enum(coffeeBases),
    year: year.nullable(),
    source,
  }),
  productionCost: z.object({
    solesPerKg: z.number().min(0).max(10_000),
    basis: z.enum(coffeeBases),
    year: year.nullable(),
    source,
  }),
  defaultYield: z.object({
    qqPerHa: z.number().min(0).max(500),
    basis: z.enum(coffeeBases),
    year: year.nullable(),
    source,
  }),
  dayWage: z.object({ solesPerDay: z.number().min(0).max(10_000), year: year.nullable(), source }),
  credit: z.object({
    annualRatePct: z.number().min(0).max(100),
    termYears: z.number().int().min(1).max(30),
    year: year.nullable(),
    source,
  }),
  units: z.object({
    /** Peru's commercial quintal: 46 kg. */
    quintalKg: z.number().positive().max(100),
    /** kg of green coffee from 1 kg of parchment (hulling loss); ≈ 0.8 as an estimate. */
    greenPerParchment: z.number().gt(0).max(1),
    source,
  }),
});
export type IncomeSettings = z.infer<typeof incomeSettingsSchema>;
export type IncomeSettingsKey = keyof IncomeSettings;

/** The defaults, read from income-defaults.json (a malformed file fails at start-up, not silently). */
export const defaultIncomeSettings: IncomeSettings = incomeSettingsSchema.parse(incomeDefaults.defaults);

export interface LocalizedNote {
  es: string;
  en: string;
}

/** Why each default is what it is, in both languages, for the settings form and reports. */
export const incomeSettingNotes: Record<IncomeSettingsKey, LocalizedNote> = z
  .record(
    z.enum(Object.keys(incomeSettingsSchema.shape) as [IncomeSettingsKey, ...IncomeSettingsKey[]]),
    z.object({ es: z.string(), en: z.string() }),
  )
  .parse(incomeDefaults.notes);

export const incomeDefaultsAbout: LocalizedNote = incomeDefaults.about;

/** Soles per kg of coffee on `basis`, from a price given per kg or per quintal on either basis. */
export function priceSolesPerKg(settings: IncomeSettings, basis: CoffeeBasis): number {
  const { farmGatePrice, units } = settings;
  const perKg = farmGatePrice.unit === 'qq' ? farmGatePrice.value / units.quintalKg : farmGatePrice.value;
  if (farmGatePrice.basis === basis) return perKg;
  // 1 kg of parchment gives `greenPerParchment` kg of green: green is dearer per kg by that factor.
  return basis === 'pergamino' ? perKg * units.greenPerParchment : perKg / units.greenPerParchment;
}

/** kg of coffee on `basis` per hectare from the default yield in quintals. */
export function defaultYieldKgPerHa(settings: IncomeSettings, basis: CoffeeBasis): number {
  const { defaultYield, units } = settings;
  const kg = defaultYield.qqPerHa * units.quintalKg;
  if (defaultYield.basis === basis) return kg;
  return basis === 'oro_verde' ? kg * units.greenPerParchment : kg / units.greenPerParchment;
}

/** The living-income benchmark in soles a month for a family of `members` people. */
export function livingIncomeMonthlySoles(settings: IncomeSettings, members: number): number {
  const { livingIncome } = settings;
  if (!livingIncome.scaleByHouseholdSize || members <= 0) return livingIncome.monthlySoles;
  return (livingIncome.monthlySoles / livingIncome.householdSize) * members;
}
