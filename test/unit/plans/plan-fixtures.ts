import { action } from './fixture-builder.js';

/**
 * Hand-sized plans for the plan calculations. Period 2026–2030. Every figure in the tests is computed by hand from
 * these numbers (the arithmetic is written beside each expectation).
 */
export * from './fixture-builder.js';
export * from './fixture-profiles.js';

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
