import type { PlanFigures } from '../../../shared/api/plans.js';
import type { IncomeProfile, Plan } from '../../../shared/domain/plan.js';
import type { IncomeParams } from '../../../shared/plans/income-params.js';
import { projectIncome } from '../../../shared/plans/income-projection.js';
import type { IncomeProjection } from '../../../shared/plans/income-projection.js';
import { incomeDistribution, organisationTotals } from '../../../shared/plans/organisation-totals.js';
import { planBudget } from '../../../shared/plans/plan-budget.js';
import { isLate, planProgress } from '../../../shared/plans/plan-timeline.js';
import { listProducers } from '../producers/producers-store.js';
import { readSettings } from '../settings/settings-store.js';
import type { Store } from '../store/open-store.js';
import { incomeParamsFrom } from './income-params.js';
import { latestIncomeProfiles } from './income-store.js';
import { listPlans } from './plan-list.js';
import { getPlan } from './plans-store.js';

/**
 * A plan's figures, computed from its actions and the current settings each
 * time they are asked for: budget by year and source, late actions,
 * progress, and the income projection (farm) or the organisation's totals.
 */
export function planFigures(db: Store, planId: string, today: string): PlanFigures {
  const plan = getPlan(db, planId);
  const params = incomeParamsFrom(readSettings(db).income);
  const budget = planBudget(plan.actions, plan.startYear, plan.endYear);
  const profiles = latestIncomeProfiles(db, plan.organisationId);
  return {
    budget: {
      totalSoles: budget.totalSoles,
      labourDays: budget.labourDays,
      byYear: budget.byYear,
      bySource: budget.bySource,
    },
    lateActionIds: plan.actions.filter((a) => isLate(a, today)).map((a) => a.id),
    progressPct: planProgress(plan.actions) ?? 0,
    income: plan.kind === 'farm' ? farmIncome(plan, profiles.get(plan.producerId ?? ''), params) : null,
    organisation: plan.kind === 'organisation' ? organisationFigures(db, plan, profiles, params) : null,
  };
}

function projectionFor(plan: Plan, profile: IncomeProfile, params: IncomeParams): IncomeProjection {
  return projectIncome({ profile, actions: plan.actions, startYear: plan.startYear, endYear: plan.endYear, params });
}

function farmIncome(plan: Plan, profile: IncomeProfile | undefined, params: IncomeParams): PlanFigures['income'] {
  if (!profile) return null;
  const projection = projectionFor(plan, profile, params);
  return {
    profileYear: profile.year,
    years: projection.years.map((y) => ({
      year: y.year,
      totalSoles: y.totalSoles,
      coffeeNetSoles: y.income.coffeeNetSoles,
      otherSoles: y.income.otherCropsSoles + y.income.livestockSoles + y.income.offFarmSoles + y.newActivitiesSoles,
      planEffectSoles: y.planEffectSoles,
      familyCostSoles: y.familyCostSoles,
      benchmarkSoles: y.benchmarkSoles,
      povertyLineSoles: y.povertyLineSoles,
      gapSoles: y.gapSoles,
    })),
    gapClosesInYear: projection.gapClosesInYear,
  };
}

/**
 * The organisation plan aggregates each family's LATEST farm plan version
 * (older versions are history) with its own actions. Incomes are projected
 * over the organisation plan's period for every family with a profile.
 */
function organisationFigures(
  db: Store,
  plan: Plan,
  profiles: Map<string, IncomeProfile>,
  params: IncomeParams,
): PlanFigures['organisation'] {
  const latest = new Map<string, Plan>();
  for (const summary of listPlans(db, plan.organisationId)) {
    if (summary.kind !== 'farm' || summary.producerId === null) continue;
    const seen = latest.get(summary.producerId);
    if (!seen || summary.version > seen.version) latest.set(summary.producerId, getPlan(db, summary.id));
  }
  const farmPlans = [...latest.values()];
  const totals = organisationTotals({
    farmPlans,
    organisationActions: plan.actions,
    startYear: plan.startYear,
    endYear: plan.endYear,
  });
  // One line per family of the organisation: those without a farm plan keep their profile's income to the end.
  const families = listProducers(db, plan.organisationId).map((producer) => {
    const farm = latest.get(producer.id) ?? null;
    const profile = profiles.get(producer.id);
    const actions = farm?.actions ?? [];
    const projection = profile
      ? projectIncome({ profile, actions, startYear: plan.startYear, endYear: plan.endYear, params })
      : null;
    const end = projection?.years.at(-1) ?? projection?.baseline ?? null;
    return { producer, farm, projection, end };
  });
  const distribution = incomeDistribution(families.flatMap((f) => (f.projection ? [f.projection] : [])));
  return {
    farmPlans: farmPlans.length,
    familiesReached: totals.familiesReached,
    hectaresRenovated: totals.renovation.plannedHa,
    hectaresShaded: totals.agroforestry.plannedHa,
    hazards: totals.hazards.map((h) => ({ hazard: h.hazard, actions: h.actionCount })),
    budgetByYear: totals.budget.byYear,
    budgetBySource: totals.budget.bySource,
    totalSoles: totals.budget.totalSoles,
    incomeDistribution: {
      families: distribution.families,
      belowBenchmarkNow: distribution.belowBenchmarkNow,
      belowBenchmarkEnd: distribution.belowBenchmarkEnd,
      belowPovertyNow: distribution.belowPovertyNow,
      belowPovertyEnd: distribution.belowPovertyEnd,
      bins: distribution.gapHistogram.map((b) => ({ label: b.bin, now: b.now, end: b.end })),
    },
    families: families.map(({ producer, farm, projection, end }) => ({
      producerId: producer.id,
      producerName: producer.names,
      planId: farm?.id ?? null,
      actions: farm ? farm.actions.filter((a) => a.status !== 'dropped').length : 0,
      budgetSoles: farm ? planBudget(farm.actions, farm.startYear, farm.endYear).totalSoles : 0,
      incomeNowSoles: projection?.baseline.totalSoles ?? null,
      incomeEndSoles: end?.totalSoles ?? null,
      gapNowSoles: projection?.baseline.gapSoles ?? null,
      gapEndSoles: end?.gapSoles ?? null,
    })),
  };
}
