import type { MeasureEffect, MeasureGroup, MeasureUnit } from '../../../shared/domain/measure.js';
import type { ModelHazard } from '../../../shared/domain/hazard.js';
import type { ActionStatus, FundingSource, IncomeProfile, PlanAction } from '../../../shared/domain/plan.js';
import type { IncomeParams } from '../../../shared/plans/income-params.js';

/**
 * Hand-sized plans for the plan calculations. Period 2026–2030. Every figure in the tests is computed by hand from
 * these numbers (the arithmetic is written beside each expectation).
 */
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
const stamp = '2026-01-01T00:00:00.000Z';

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

/** Family 1's plan (producer P1). */
export const renovation = action({
  name: 'Renovation, rust-resistant variety',
  group: 'renovation',
  unit: 'ha',
  costPerUnitSoles: 12_300,
  labourDaysPerUnit: 60,
  yearsToFullEffect: 3,
  effect: { kind: 'yield_pct', value: 40 },
  hazards: ['rust'],
  quantity: 1,
  year: 2027,
  quarter: 2,
  fundingSource: 'credito_agroperu',
});
export const shade = action({
  name: 'Shade agroforestry',
  group: 'agroforestry',
  unit: 'ha',
  costPerUnitSoles: 1_500,
  labourDaysPerUnit: 15,
  yearsToFullEffect: 4,
  effect: { kind: 'yield_pct', value: 10 },
  hazards: ['thermal', 'drought'],
  quantity: 2,
  year: 2026,
  quarter: 4,
  fundingSource: 'proyecto_ong',
  status: 'in_progress',
  // Chronological on purpose (the store keeps latest first): latestPercent must go by date, not position.
  progress: [
    ['2026-06-01', 20],
    ['2026-11-10', 50],
  ],
});
export const beehives = action({
  name: 'Beehives',
  group: 'diversification',
  unit: 'units',
  costPerUnitSoles: 350,
  labourDaysPerUnit: 2,
  yearsToFullEffect: 1,
  effect: { kind: 'income_per_unit', value: 400 },
  hazards: [],
  quantity: 5,
  year: 2026,
  quarter: 3,
  fundingSource: 'familia',
  status: 'done',
});
export const compost = action({
  name: 'Compost',
  group: 'fertilisation',
  unit: 'ha',
  costPerUnitSoles: 600,
  labourDaysPerUnit: 10,
  yearsToFullEffect: 0,
  effect: { kind: 'cost_pct', value: -15 },
  hazards: ['drought'],
  quantity: 2,
  year: 2026,
  quarter: 1,
  fundingSource: 'familia',
  progress: [['2026-02-15', 20]],
});
export const droppedRustControl = action({
  name: 'Rust control',
  group: 'pest_disease',
  unit: 'ha',
  costPerUnitSoles: 400,
  labourDaysPerUnit: 8,
  yearsToFullEffect: 0,
  effect: { kind: 'yield_pct', value: 5 },
  hazards: ['rust'],
  quantity: 2,
  year: 2026,
  quarter: 2,
  fundingSource: 'familia',
  status: 'dropped',
});
export const planP1 = [renovation, shade, beehives, compost, droppedRustControl];

/** Family 2's plan (producer P2). */
export const certification = action({
  name: 'Organic certification',
  group: 'post_harvest',
  unit: 'units',
  costPerUnitSoles: 450,
  labourDaysPerUnit: 3,
  yearsToFullEffect: 1,
  effect: { kind: 'price_premium_pct', value: 10 },
  hazards: [],
  quantity: 1,
  year: 2027,
  quarter: 1,
  fundingSource: 'organizacion',
});
export const compostP2 = action({
  name: 'Compost',
  group: 'fertilisation',
  unit: 'ha',
  costPerUnitSoles: 600,
  labourDaysPerUnit: 10,
  yearsToFullEffect: 0,
  effect: { kind: 'cost_pct', value: -20 },
  hazards: ['drought'],
  quantity: 3,
  year: 2026,
  quarter: 2,
  fundingSource: 'familia',
});
/** Dated after the 2026–2030 period. */
export const lateRenovation = action({
  name: 'Renovation, rust-resistant variety',
  group: 'renovation',
  unit: 'ha',
  costPerUnitSoles: 12_300,
  labourDaysPerUnit: 60,
  yearsToFullEffect: 3,
  effect: { kind: 'yield_pct', value: 40 },
  hazards: ['rust'],
  quantity: 0.5,
  year: 2032,
  quarter: 1,
  fundingSource: 'familia',
});
export const planP2 = [certification, compostP2, lateRenovation];

/** Family 3's plan: only a dropped action. */
export const planP3 = [
  action({
    name: 'Shade agroforestry',
    group: 'agroforestry',
    unit: 'ha',
    costPerUnitSoles: 1_500,
    labourDaysPerUnit: 15,
    yearsToFullEffect: 4,
    effect: { kind: 'yield_pct', value: 10 },
    hazards: ['thermal'],
    quantity: 1,
    year: 2026,
    quarter: 3,
    fundingSource: 'proyecto_ong',
    status: 'dropped',
  }),
];

/** The organisation plan's own actions. */
export const training = action({
  name: 'Field school on rust and borer',
  group: 'organisation',
  unit: 'people',
  costPerUnitSoles: 50,
  labourDaysPerUnit: 0.5,
  yearsToFullEffect: 0,
  effect: { kind: 'none', value: 0 },
  hazards: ['rust', 'borer'],
  quantity: 30,
  year: 2026,
  quarter: 2,
  fundingSource: 'proyecto_ong',
  status: 'done',
});
export const nursery = action({
  name: 'Nursery of resistant plants',
  group: 'renovation',
  unit: 'plants',
  costPerUnitSoles: 1.2,
  labourDaysPerUnit: 0.01,
  yearsToFullEffect: 0,
  effect: { kind: 'none', value: 0 },
  hazards: ['rust'],
  quantity: 10_000,
  year: 2027,
  quarter: 1,
  fundingSource: 'organizacion',
  status: 'in_progress',
  progress: [['2027-03-01', 25]],
});
export const organisationActions = [training, nursery];

export const P1 = '00000000-0000-4000-8000-0000000000a1';
export const P2 = '00000000-0000-4000-8000-0000000000a2';
export const P3 = '00000000-0000-4000-8000-0000000000a3';

const profileBase = {
  id: '00000000-0000-4000-8000-0000000000b0',
  year: 2025,
  priceBasis: 'pergamino',
  notes: '',
  updatedAt: stamp,
} as const;

/** 2 ha × 18 qq/ha at S/ 12/kg, costs from the setting (8.5), S/ 6,600 besides coffee, four people. */
export const profileP1: IncomeProfile = {
  ...profileBase,
  producerId: P1,
  coffeeAreaHa: 2,
  yieldQqPerHa: 18,
  price: 12,
  priceUnit: 'kg',
  productionCostPerKg: null,
  otherCropsSoles: 3_000,
  livestockSoles: 1_200,
  offFarmSoles: 2_400,
  householdSize: 4,
};

/** 3 ha × 20 qq/ha at S/ 690/qq, own cost S/ 8/kg, S/ 6,000 besides coffee, five people. */
export const profileP2: IncomeProfile = {
  ...profileBase,
  producerId: P2,
  coffeeAreaHa: 3,
  yieldQqPerHa: 20,
  price: 690,
  priceUnit: 'qq',
  productionCostPerKg: 8,
  otherCropsSoles: 4_000,
  livestockSoles: 0,
  offFarmSoles: 2_000,
  householdSize: 5,
};

/** 5 ha × 30 qq/ha at S/ 644/qq (= 14/kg), costs from the setting, coffee only, six people. */
export const profileP3: IncomeProfile = {
  ...profileBase,
  producerId: P3,
  coffeeAreaHa: 5,
  yieldQqPerHa: 30,
  price: 644,
  priceUnit: 'qq',
  productionCostPerKg: null,
  otherCropsSoles: 0,
  livestockSoles: 0,
  offFarmSoles: 0,
  householdSize: 6,
};
