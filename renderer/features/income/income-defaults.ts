import type { Settings } from '../../../shared/domain/settings.js';

/** The organisation's defaults for a new income profile (Settings › Ingreso digno y precios); null where unknown. */
export interface IncomeDefaults {
  readonly price: number | null;
  readonly priceUnit: 'kg' | 'qq';
  readonly priceBasis: 'pergamino' | 'oro_verde';
  /** What a blank cost per kg stands for (the core applies the setting, not this copy). */
  readonly productionCostSolesPerKg: number | null;
  readonly yieldQqPerHa: number | null;
}

export const noIncomeDefaults: IncomeDefaults = {
  price: null,
  priceUnit: 'kg',
  priceBasis: 'pergamino',
  productionCostSolesPerKg: null,
  yieldQqPerHa: null,
};

/**
 * The price as the organisation set it (per kg or per quintal, pergamino or
 * oro verde, so the form shows the same numbers as Settings), the default
 * yield and the cost per kg. Tolerates settings without `income` (an older
 * core): the form then starts blank.
 */
export function incomeDefaultsOf(settings: Settings): IncomeDefaults {
  const income = (settings as Partial<Settings>).income;
  if (!income) return noIncomeDefaults;
  return {
    price: income.farmGatePrice.value,
    priceUnit: income.farmGatePrice.unit,
    priceBasis: income.farmGatePrice.basis,
    productionCostSolesPerKg: income.productionCost.solesPerKg,
    yieldQqPerHa: income.defaultYield.qqPerHa,
  };
}
