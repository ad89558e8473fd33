/**
 * The numbers the living-income calculations need, and nothing else. The store maps the organisation's income
 * settings (`income-settings.ts`, each default with its source in DOMAIN.md "Living income") onto this, so these
 * functions do not depend on how the settings are stored.
 */
export interface IncomeParams {
  /** Living income benchmark for the reference household, S/ per month (Anker/ICO rural Peru 2024: 2,522). */
  livingIncomeSolesPerMonth: number;
  /** The household size the benchmark was computed for (Anker/ICO: 4 people). */
  livingIncomeHouseholdSize: number;
  /** Scale the benchmark by householdSize / livingIncomeHouseholdSize (off: the same benchmark for every family). */
  benchmarkScalesWithHouseholdSize: boolean;
  /** Poverty line, S/ per person per month (INEI 2022: 415). */
  povertyLineSolesPerPersonMonth: number;
  /** Coffee production cost, S/ per kg, used when a profile gives none (JNC 2019: 8.5). */
  productionCostSolesPerKg: number;
  /**
   * The coffee that default cost is counted in (JNC: parchment assumed). Optional: when it and `greenPerParchment`
   * are given, the default cost is converted to a profile's basis; without them it is used as it is.
   */
  productionCostBasis?: 'pergamino' | 'oro_verde';
  /** kg of green coffee from 1 kg of parchment (hulling; Cafetal estimate ≈ 0.8). */
  greenPerParchment?: number;
  /** kg in a quintal (qq = 46 kg). */
  kgPerQuintal: number;
  /** Coffee plants per hectare, to turn measures counted in plants into hectares (andina.pe: ~2,000). */
  plantsPerHa: number;
  /** Annual interest rate of AgroPerú credit, in percent (10 = 10 % a year). */
  creditAnnualRatePct: number;
  /** Years over which AgroPerú credit is repaid, one instalment a year. */
  creditTermYears: number;
}
