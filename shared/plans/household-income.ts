import type { IncomeProfileFields } from '../domain/plan.js';
import type { IncomeParams } from './income-params.js';

/** The parts of a living-income profile the income calculation reads (a full `IncomeProfile` fits). */
export type IncomeProfileInput = Pick<
  IncomeProfileFields,
  | 'coffeeAreaHa'
  | 'yieldQqPerHa'
  | 'price'
  | 'priceUnit'
  | 'productionCostPerKg'
  | 'otherCropsSoles'
  | 'livestockSoles'
  | 'offFarmSoles'
> &
  Partial<Pick<IncomeProfileFields, 'priceBasis'>>;

/** A family's income in one year, S/ a year (kg a year for the harvest). */
export interface HouseholdIncome {
  coffeeKg: number;
  /** Farm-gate price used, S/ per kg. */
  priceSolesPerKg: number;
  /** Production cost used, S/ per kg. */
  costSolesPerKg: number;
  coffeeGrossSoles: number;
  coffeeCostSoles: number;
  /** Gross − costs; negative when coffee costs more than it earns. */
  coffeeNetSoles: number;
  otherCropsSoles: number;
  livestockSoles: number;
  offFarmSoles: number;
  /** coffee net + other crops + livestock + off-farm. */
  totalSoles: number;
}

/** Multipliers that measures apply to the coffee account (1 = unchanged); see income-projection.ts. */
export interface CoffeeFactors {
  yieldFactor: number;
  costFactor: number;
  priceFactor: number;
}

const unchanged: CoffeeFactors = { yieldFactor: 1, costFactor: 1, priceFactor: 1 };

/** A price per quintal is divided by the kg in a quintal (46) to give S/ per kg. */
export const priceSolesPerKg = (
  profile: Pick<IncomeProfileInput, 'price' | 'priceUnit'>,
  params: IncomeParams,
): number => (profile.priceUnit === 'kg' ? profile.price : profile.price / params.kgPerQuintal);

/**
 * Production cost in S/ per kg on the profile's basis: the profile's own figure as it is; else the setting's default,
 * converted when the setting says which coffee it counts and the profile is on the other one. 1 kg of parchment gives
 * `greenPerParchment` kg of green, so a kg of green costs (parchment cost) / greenPerParchment, and a kg of parchment
 * costs (green cost) × greenPerParchment.
 */
export function productionCostSolesPerKg(
  profile: Pick<IncomeProfileInput, 'productionCostPerKg' | 'priceBasis'>,
  params: IncomeParams,
): number {
  if (profile.productionCostPerKg !== null) return profile.productionCostPerKg;
  const { productionCostSolesPerKg: cost, productionCostBasis: from, greenPerParchment: ratio } = params;
  const to = profile.priceBasis;
  if (from === undefined || to === undefined || ratio === undefined || ratio <= 0 || from === to) return cost;
  return to === 'oro_verde' ? cost / ratio : cost * ratio;
}

/**
 * Actual household income (DOMAIN.md "Living income"):
 *   coffeeKg   = area (ha) × yield (qq/ha) × 46 kg/qq × yieldFactor
 *   gross      = coffeeKg × price (S/ per kg) × priceFactor
 *   costs      = coffeeKg × production cost (S/ per kg: the profile's, else the setting's; productionCostSolesPerKg) × costFactor
 *   total      = (gross − costs) + other crops + livestock + off-farm.
 * Pergamino or oro verde: the profile's `priceBasis` labels the yield and the price together, so they are taken to be
 * on the same basis and no conversion between parchment and green coffee is made; the per-kg cost is read on that
 * basis too (the setting's default converted to it when the params say which basis the default is on). Costs are per kg, so a bigger harvest costs more to produce (picking, drying, transport).
 * The factors default to 1 (the family's income as it is); the projection passes the plan's effects.
 */
export function householdIncome(
  profile: IncomeProfileInput,
  params: IncomeParams,
  factors: CoffeeFactors = unchanged,
): HouseholdIncome {
  const coffeeKg = profile.coffeeAreaHa * profile.yieldQqPerHa * params.kgPerQuintal * factors.yieldFactor;
  const pricePerKg = priceSolesPerKg(profile, params) * factors.priceFactor;
  const costPerKg = productionCostSolesPerKg(profile, params) * factors.costFactor;
  const coffeeGrossSoles = coffeeKg * pricePerKg;
  const coffeeCostSoles = coffeeKg * costPerKg;
  const coffeeNetSoles = coffeeGrossSoles - coffeeCostSoles;
  return {
    coffeeKg,
    priceSolesPerKg: pricePerKg,
    costSolesPerKg: costPerKg,
    coffeeGrossSoles,
    coffeeCostSoles,
    coffeeNetSoles,
    otherCropsSoles: profile.otherCropsSoles,
    livestockSoles: profile.livestockSoles,
    offFarmSoles: profile.offFarmSoles,
    totalSoles: coffeeNetSoles + profile.otherCropsSoles + profile.livestockSoles + profile.offFarmSoles,
  };
}

/**
 * Living income benchmark for a household, S/ a year: monthly value × 12, times householdSize / reference size when
 * the setting scales it (Anker/ICO give one value for a reference household of four; scaling is a simplification the
 * organisation opts into, since household costs do not grow exactly in proportion).
 */
export function benchmarkSoles(params: IncomeParams, householdSize: number): number {
  const referenceYearSoles = params.livingIncomeSolesPerMonth * 12;
  return params.benchmarkScalesWithHouseholdSize
    ? (referenceYearSoles * householdSize) / params.livingIncomeHouseholdSize
    : referenceYearSoles;
}

/** Poverty line for a household, S/ a year: per person per month × people × 12 (INEI 2022: 415 × 4 × 12 = 19,920). */
export const povertyLineSoles = (params: IncomeParams, householdSize: number): number =>
  params.povertyLineSolesPerPersonMonth * householdSize * 12;

/** Living income gap, S/ a year: benchmark − income. Positive: the family is below the benchmark by that much. */
export const incomeGap = (benchmarkSolesPerYear: number, incomeSolesPerYear: number): number =>
  benchmarkSolesPerYear - incomeSolesPerYear;
