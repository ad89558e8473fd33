import { z } from 'zod';
import { modelHazardSchema } from './hazard.js';
import { idSchema, timestampSchema } from './ids.js';

/** The catalogue's groups, in the order the catalogue shows them. */
export const measureGroups = [
  'agroforestry',
  'renovation',
  'pest_disease',
  'soil_water',
  'fertilisation',
  'water_harvesting',
  'post_harvest',
  'diversification',
  'organisation',
] as const;
export const measureGroupSchema = z.enum(measureGroups);
export type MeasureGroup = z.infer<typeof measureGroupSchema>;

/** What a quantity counts. */
export const measureUnits = ['ha', 'plants', 'units', 'people'] as const;
export const measureUnitSchema = z.enum(measureUnits);
export type MeasureUnit = z.infer<typeof measureUnitSchema>;

/** Farm measures go into a family's plan; organisation measures (nurseries, training…) into the organisation's. */
export const measureScopes = ['farm', 'organisation'] as const;

/**
 * What a measure does to the family's income once at full effect:
 * - `yield_pct`: coffee yield on the hectares it covers changes by `value` % (renovation +…, rust control avoids −…);
 * - `income_per_unit`: `value` soles a year per unit (a beehive, a guinea-pig module, a hectare of cacao);
 * - `cost_pct`: production costs change by `value` % (organic inputs made on the farm);
 * - `price_premium_pct`: the coffee price rises by `value` % (quality, certification premiums);
 * - `none`: no direct income effect (its value is in resilience and co-benefits).
 */
export const effectKinds = ['yield_pct', 'income_per_unit', 'cost_pct', 'price_premium_pct', 'none'] as const;
export const measureEffectSchema = z.object({
  kind: z.enum(effectKinds),
  value: z.number().min(-100_000).max(1_000_000),
});
export type MeasureEffect = z.infer<typeof measureEffectSchema>;

export const coBenefitLevels = ['none', 'low', 'medium', 'high'] as const;
const coBenefitSchema = z.enum(coBenefitLevels);

export const certificationsRelevant = ['organic', 'fairtrade', 'rainforest', 'cafe_practices', 'eudr'] as const;

const bilingual = z.object({ es: z.string().trim().min(1).max(2000), en: z.string().trim().min(1).max(2000) });

/** Everything about a measure that a plan copies when it uses it; editing makes a new version. */
export const measureFieldsSchema = z.object({
  group: measureGroupSchema,
  scope: z.enum(measureScopes),
  name: bilingual,
  description: bilingual,
  hazards: z.array(modelHazardSchema).max(6),
  unit: measureUnitSchema,
  /** S/ per unit, a *default* the organisation edits. */
  costPerUnitSoles: z.number().min(0).max(10_000_000),
  /** Jornales (person-days) per unit. */
  labourDaysPerUnit: z.number().min(0).max(100_000),
  /** Years from the action until its effect is full (0: the same year). */
  yearsToFullEffect: z.number().int().min(0).max(30),
  effect: measureEffectSchema,
  coBenefits: z.object({ carbon: coBenefitSchema, biodiversity: coBenefitSchema, water: coBenefitSchema }),
  certifications: z.array(z.enum(certificationsRelevant)).max(5),
  /** Altitude band (msnm) where the measure makes sense, e.g. cacao only in the lower coffee zone; null: no limit. */
  minAltitudeM: z.number().min(0).max(7000).nullable().default(null),
  maxAltitudeM: z.number().min(0).max(7000).nullable().default(null),
  /** Where the cost and effect come from, with the year. */
  source: z.string().trim().min(1).max(1000),
  sourceYear: z.number().int().min(1950).max(2100).nullable(),
});
export type MeasureFields = z.infer<typeof measureFieldsSchema>;

export const measureSchema = measureFieldsSchema.extend({
  id: idSchema,
  /** The catalogue's stable code for shipped measures (`shade-agroforestry`…); null for the organisation's own. */
  code: z.string().nullable(),
  organisationId: idSchema.nullable(),
  builtIn: z.boolean(),
  version: z.number().int(),
  /** Set when deleted while a plan used it: it stays for those plans but is no longer offered. */
  archivedAt: timestampSchema.nullable(),
  updatedAt: timestampSchema,
});
export type Measure = z.infer<typeof measureSchema>;
