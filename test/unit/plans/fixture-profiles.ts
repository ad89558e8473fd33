import type { IncomeProfile } from '../../../shared/domain/plan.js';
import { stamp } from './fixture-builder.js';

/** The three families' living-income profiles (see plan-fixtures.ts). */
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
