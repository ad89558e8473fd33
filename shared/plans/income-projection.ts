import type { IncomeProfileFields } from '../domain/plan.js';
import { yearEffects } from './action-effects.js';
import { familyCostSoles } from './family-costs.js';
import { benchmarkSoles, householdIncome, incomeGap, povertyLineSoles } from './household-income.js';
import type { CoffeeFactors, HouseholdIncome, IncomeProfileInput } from './household-income.js';
import type { IncomeParams } from './income-params.js';
import type { EffectAction } from './plan-action-view.js';
import { planYears } from './plan-budget.js';

export type ProjectionProfile = IncomeProfileInput & Pick<IncomeProfileFields, 'householdSize'>;

/** Where a family stands against the two lines, S/ a year. */
export interface IncomeStanding {
  benchmarkSoles: number;
  povertyLineSoles: number;
  /** benchmark − total; positive: below the living income by that much. */
  gapSoles: number;
}

/** The family as the profile describes it, before the plan. */
export interface BaselineIncome extends IncomeStanding {
  income: HouseholdIncome;
  totalSoles: number;
}

export interface ProjectionYear extends IncomeStanding, CoffeeFactors {
  year: number;
  /** The family's income with the plan's effects on coffee (yield, costs, price); other income as in the profile. */
  income: HouseholdIncome;
  /** Income from new activities the plan adds (income_per_unit measures). */
  newActivitiesSoles: number;
  /** (income.totalSoles + newActivitiesSoles) − baseline total: what the plan's measures add (or take) that year. */
  planEffectSoles: number;
  /** What the family pays that year for the plan: its own actions' costs and AgroPerú instalments. */
  familyCostSoles: number;
  /** income.totalSoles + newActivitiesSoles − familyCostSoles: what the family has to live on that year. */
  totalSoles: number;
}

export interface IncomeProjection {
  baseline: BaselineIncome;
  /** One row per plan year, startYear…endYear. */
  years: ProjectionYear[];
  /** First plan year whose total reaches the benchmark (totalSoles ≥ benchmarkSoles); null if none does. */
  gapClosesInYear: number | null;
}

export interface ProjectIncomeInput {
  profile: ProjectionProfile;
  actions: readonly EffectAction[];
  startYear: number;
  endYear: number;
  params: IncomeParams;
}

/**
 * The family's income year by year over the plan (DOMAIN.md "Living income": "how plan measures change it over the
 * plan years"). Each year applies the ramped effects of the non-dropped actions (action-effects.ts) to the profile
 * and subtracts what the plan costs the family that year (family-costs.ts). Prices, costs, other income and the
 * benchmark stay at the profile's and settings' values: a projection in today's soles, no inflation.
 */
export function projectIncome({ profile, actions, startYear, endYear, params }: ProjectIncomeInput): IncomeProjection {
  const benchmark = benchmarkSoles(params, profile.householdSize);
  const povertyLine = povertyLineSoles(params, profile.householdSize);
  const baselineIncome = householdIncome(profile, params);
  const baseline: BaselineIncome = {
    income: baselineIncome,
    totalSoles: baselineIncome.totalSoles,
    benchmarkSoles: benchmark,
    povertyLineSoles: povertyLine,
    gapSoles: incomeGap(benchmark, baselineIncome.totalSoles),
  };
  const years = planYears(startYear, endYear).map((year): ProjectionYear => {
    const { newActivitiesSoles, ...factors } = yearEffects(actions, year, profile.coffeeAreaHa, params.plantsPerHa);
    const income = householdIncome(profile, params, factors);
    const familyCost = familyCostSoles(actions, year, params);
    const totalSoles = income.totalSoles + newActivitiesSoles - familyCost;
    return {
      year,
      ...factors,
      income,
      newActivitiesSoles,
      planEffectSoles: income.totalSoles + newActivitiesSoles - baselineIncome.totalSoles,
      familyCostSoles: familyCost,
      totalSoles,
      benchmarkSoles: benchmark,
      povertyLineSoles: povertyLine,
      gapSoles: incomeGap(benchmark, totalSoles),
    };
  });
  const closing = years.find((y) => y.totalSoles >= y.benchmarkSoles);
  return { baseline, years, gapClosesInYear: closing?.year ?? null };
}
