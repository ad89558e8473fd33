import type { HouseholdIncome } from '../../../shared/api/income.js';
import type { IncomeProfile } from '../../../shared/domain/plan.js';
import {
  benchmarkSoles,
  householdIncome,
  incomeGap,
  povertyLineSoles,
} from '../../../shared/plans/household-income.js';
import { readSettings } from '../settings/settings-store.js';
import type { Store } from '../store/open-store.js';
import { incomeParamsFrom } from './income-params.js';

/** A profile with its income computed and compared with the living income benchmark and the poverty line. */
export function withIncome(db: Store, profile: IncomeProfile): IncomeProfile & { income: HouseholdIncome } {
  const params = incomeParamsFrom(readSettings(db).income);
  const income = householdIncome(profile, params);
  const benchmark = benchmarkSoles(params, profile.householdSize);
  return {
    ...profile,
    income: {
      coffeeKg: income.coffeeKg,
      coffeeGrossSoles: income.coffeeGrossSoles,
      coffeeCostSoles: income.coffeeCostSoles,
      coffeeNetSoles: income.coffeeNetSoles,
      otherCropsSoles: income.otherCropsSoles,
      livestockSoles: income.livestockSoles,
      offFarmSoles: income.offFarmSoles,
      totalSoles: income.totalSoles,
      benchmarkSoles: benchmark,
      povertyLineSoles: povertyLineSoles(params, profile.householdSize),
      gapSoles: incomeGap(benchmark, income.totalSoles),
    },
  };
}
