import { z } from 'zod';
import { modelHazardSchema, scenarioIdSchema } from './hazard.js';
import { idSchema, timestampSchema } from './ids.js';
import { measureFieldsSchema } from './measure.js';

export const planKinds = ['farm', 'organisation'] as const;
export const fundingSources = ['familia', 'organizacion', 'credito_agroperu', 'proyecto_ong', 'otro'] as const;
export const fundingSourceSchema = z.enum(fundingSources);
export type FundingSource = z.infer<typeof fundingSourceSchema>;

export const actionStatuses = ['planned', 'in_progress', 'done', 'dropped'] as const;
export const actionStatusSchema = z.enum(actionStatuses);
export type ActionStatus = z.infer<typeof actionStatusSchema>;

const year = z.number().int().min(2000).max(2100);
export const quarterSchema = z.number().int().min(1).max(4);

/** Editable plan fields (without defaults: see organisation.ts for the pattern). */
const planShape = {
  title: z.string().trim().min(1).max(200),
  startYear: year,
  endYear: year,
  scenarioId: scenarioIdSchema,
  objectives: z.string().trim().max(4000),
};

export const planFieldsSchema = z
  .object({
    organisationId: idSchema,
    kind: z.enum(planKinds),
    /** Farm plans belong to one producer; the organisation plan to none. */
    producerId: idSchema.nullable().default(null),
    ...planShape,
    scenarioId: planShape.scenarioId.default('2050_moderate'),
    objectives: planShape.objectives.default(''),
  })
  .refine((p) => p.endYear >= p.startYear && p.endYear - p.startYear <= 15, {
    message: 'The plan period must run forward and last at most 15 years.',
    path: ['endYear'],
  })
  .refine((p) => (p.kind === 'farm') === (p.producerId !== null), {
    message: 'A farm plan needs its producer; an organisation plan has none.',
    path: ['producerId'],
  });
export type PlanFields = z.infer<typeof planFieldsSchema>;

export const planPatchSchema = z.object(planShape).partial().strict();
export type PlanPatch = z.infer<typeof planPatchSchema>;

/** A measure as the plan uses it: the catalogue's values when the action was added (later edits do not change it). */
export const measureSnapshotSchema = measureFieldsSchema.extend({
  measureId: idSchema,
  version: z.number().int(),
});
export type MeasureSnapshot = z.infer<typeof measureSnapshotSchema>;

const actionShape = {
  plotIds: z.array(idSchema).max(200),
  quantity: z.number().min(0).max(10_000_000),
  year,
  quarter: quarterSchema,
  responsible: z.string().trim().max(200),
  fundingSource: fundingSourceSchema,
  indicator: z.string().trim().max(500),
  target: z.string().trim().max(500),
  status: actionStatusSchema,
  /** Why it is in the plan: the hazards and plots that called for it (set by proposals, editable). */
  rationale: z.string().trim().max(2000),
};

export const actionFieldsSchema = z.object({
  measureId: idSchema,
  ...actionShape,
  plotIds: actionShape.plotIds.default([]),
  responsible: actionShape.responsible.default(''),
  fundingSource: actionShape.fundingSource.default('familia'),
  indicator: actionShape.indicator.default(''),
  target: actionShape.target.default(''),
  status: actionShape.status.default('planned'),
  rationale: actionShape.rationale.default(''),
});
export type ActionFields = z.infer<typeof actionFieldsSchema>;

export const actionPatchSchema = z.object(actionShape).partial().strict();
export type ActionPatch = z.infer<typeof actionPatchSchema>;

export const progressEntrySchema = z.object({
  id: idSchema,
  actionId: idSchema,
  date: z.iso.date(),
  percentDone: z.number().min(0).max(100),
  notes: z.string().max(2000),
  createdAt: timestampSchema,
});
export type ProgressEntry = z.infer<typeof progressEntrySchema>;

export const planActionSchema = z.object({
  id: idSchema,
  planId: idSchema,
  ...actionShape,
  measure: measureSnapshotSchema,
  /** Latest progress first. */
  progress: z.array(progressEntrySchema),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type PlanAction = z.infer<typeof planActionSchema>;

export const planSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  kind: z.enum(planKinds),
  producerId: idSchema.nullable(),
  producerName: z.string().nullable(),
  ...planShape,
  version: z.number().int(),
  /** The plan this version was copied from. */
  previousVersionId: idSchema.nullable(),
  approvedBy: z.string().nullable(),
  approvedAt: timestampSchema.nullable(),
  actions: z.array(planActionSchema),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Plan = z.infer<typeof planSchema>;

export const planSummarySchema = planSchema.omit({ actions: true }).extend({
  actionCount: z.number().int(),
  totalCostSoles: z.number(),
  /** Hazards its actions address. */
  hazards: z.array(modelHazardSchema),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const priceUnits = ['kg', 'qq'] as const;

/** A family's income in one year (the living-income profile). Money in soles per year. */
const incomeShape = {
  coffeeAreaHa: z.number().min(0).max(1000),
  yieldQqPerHa: z.number().min(0).max(200),
  price: z.number().min(0).max(100_000),
  priceUnit: z.enum(priceUnits),
  priceBasis: z.enum(['pergamino', 'oro_verde']),
  /** Coffee production costs per kg (S/); null: the setting's default. */
  productionCostPerKg: z.number().min(0).max(1000).nullable(),
  otherCropsSoles: z.number().min(0).max(10_000_000),
  livestockSoles: z.number().min(0).max(10_000_000),
  offFarmSoles: z.number().min(0).max(10_000_000),
  householdSize: z.number().int().min(1).max(30),
  notes: z.string().max(2000),
};

export const incomeProfileFieldsSchema = z.object({
  producerId: idSchema,
  year,
  ...incomeShape,
  productionCostPerKg: incomeShape.productionCostPerKg.default(null),
  otherCropsSoles: incomeShape.otherCropsSoles.default(0),
  livestockSoles: incomeShape.livestockSoles.default(0),
  offFarmSoles: incomeShape.offFarmSoles.default(0),
  notes: incomeShape.notes.default(''),
});
export type IncomeProfileFields = z.infer<typeof incomeProfileFieldsSchema>;

export const incomeProfileSchema = incomeProfileFieldsSchema.extend({
  id: idSchema,
  updatedAt: timestampSchema,
});
export type IncomeProfile = z.infer<typeof incomeProfileSchema>;
