import type { MeasureEffect, MeasureGroup, MeasureUnit } from '../../../shared/domain/measure.js';
import type { ModelHazard } from '../../../shared/domain/hazard.js';
import type { ActionStatus, FundingSource, PlanAction } from '../../../shared/domain/plan.js';
import type { IncomeParams } from '../../../shared/plans/income-params.js';

/** The plan period, parameters and action builder behind plan-fixtures.ts. */
export const START_YEAR = 2026;
export const END_YEAR = 2030;

/** DOMAIN.md "Living income" defaults, with a 10 % / 3-year AgroPerú credit chosen for easy hand arithmetic. */
export const params: IncomeParams = {
  livingIncomeSolesPerMonth: 2_522,
  livingIncomeHouseholdSize: 4,
  benchmarkScalesWithHouseholdSize: false,
  povertyLineSolesPerPersonMonth: 415,
  productionCostSolesPerKg: 8.5,
  kgPerQuintal: 46,
  plantsPerHa: 5_000,
  creditAnnualRatePct: 10,
  creditTermYears: 3,
};

let serial = 0;
const uuid = (): string => `00000000-0000-4000-8000-${String(++serial).padStart(12, '0')}`;
export const stamp = '2026-01-01T00:00:00.000Z';

interface ActionSpec {
  name: string;
  group: MeasureGroup;
  unit: MeasureUnit;
  costPerUnitSoles: number;
  labourDaysPerUnit: number;
  yearsToFullEffect: number;
  effect: MeasureEffect;
  hazards: ModelHazard[];
  quantity: number;
  year: number;
  quarter: number;
  fundingSource: FundingSource;
  status?: ActionStatus;
  /** [date, percent] pairs, in the order given. */
  progress?: [string, number][];
}

/** A complete PlanAction (what the store returns) from the few numbers that matter. */
export function action(spec: ActionSpec): PlanAction {
  const id = uuid();
  return {
    id,
    planId: '00000000-0000-4000-8000-000000000000',
    plotIds: [],
    quantity: spec.quantity,
    year: spec.year,
    quarter: spec.quarter,
    responsible: '',
    fundingSource: spec.fundingSource,
    indicator: '',
    target: '',
    status: spec.status ?? 'planned',
    rationale: '',
    measure: {
      measureId: uuid(),
      version: 1,
      group: spec.group,
      scope: spec.group === 'organisation' ? 'organisation' : 'farm',
      name: { es: spec.name, en: spec.name },
      description: { es: spec.name, en: spec.name },
      hazards: spec.hazards,
      unit: spec.unit,
      minAltitudeM: null,
      maxAltitudeM: null,
      costPerUnitSoles: spec.costPerUnitSoles,
      labourDaysPerUnit: spec.labourDaysPerUnit,
      yearsToFullEffect: spec.yearsToFullEffect,
      effect: spec.effect,
      coBenefits: { carbon: 'none', biodiversity: 'none', water: 'none' },
      certifications: [],
      source: 'test fixture',
      sourceYear: null,
    },
    progress: (spec.progress ?? []).map(([date, percentDone]) => ({
      id: uuid(),
      actionId: id,
      date,
      percentDone,
      notes: '',
      createdAt: `${date}T12:00:00.000Z`,
    })),
    createdAt: stamp,
    updatedAt: stamp,
  };
}
