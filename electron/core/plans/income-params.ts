import type { IncomeParams } from '../../../shared/plans/income-params.js';
import type { IncomeSettings } from '../../../shared/plans/income-settings.js';

/** ~2,000 coffee plants per hectare in Peru (andina.pe; DOMAIN.md "The farm"). */
export const PLANTS_PER_HA = 2000;

/** The numbers the income calculations read, from the user's income settings. */
export function incomeParamsFrom(settings: IncomeSettings): IncomeParams {
  return {
    livingIncomeSolesPerMonth: settings.livingIncome.monthlySoles,
    livingIncomeHouseholdSize: settings.livingIncome.householdSize,
    benchmarkScalesWithHouseholdSize: settings.livingIncome.scaleByHouseholdSize,
    povertyLineSolesPerPersonMonth: settings.povertyLine.monthlySolesPerPerson,
    productionCostSolesPerKg: settings.productionCost.solesPerKg,
    kgPerQuintal: settings.units.quintalKg,
    plantsPerHa: PLANTS_PER_HA,
    creditAnnualRatePct: settings.credit.annualRatePct,
    creditTermYears: settings.credit.termYears,
    productionCostBasis: settings.productionCost.basis,
    greenPerParchment: settings.units.greenPerParchment,
  };
}
