import { z } from 'zod';
import { hazardLevelSchema, modelHazardSchema, scenarioIdSchema } from '../domain/hazard.js';
import { idSchema } from '../domain/ids.js';
import {
  actionFieldsSchema,
  actionPatchSchema,
  planFieldsSchema,
  planPatchSchema,
  planSchema,
  planSummarySchema,
} from '../domain/plan.js';
import { procedure } from './procedure.js';

const byId = z.object({ id: idSchema }).strict();

/** A measure the app proposes for a plan, and why: the plots and hazard levels that call for it. */
export const proposalSchema = z.object({
  measureId: idSchema,
  /** Higher first: the hazard's level, how many of the plots' hectares it covers, how many hazards it answers. */
  score: z.number(),
  hazards: z.array(modelHazardSchema),
  reasons: z.array(
    z.object({
      hazard: modelHazardSchema,
      level: hazardLevelSchema,
      scenarioId: scenarioIdSchema,
      plotId: idSchema,
      plotName: z.string(),
    }),
  ),
  plotIds: z.array(idSchema),
  /** In the measure's unit: hectares of the plots, plants at their density, 1 unit, the household's people. */
  suggestedQuantity: z.number(),
  /** Already in the plan: shown, not proposed again. */
  alreadyPlanned: z.boolean(),
});
export type Proposal = z.infer<typeof proposalSchema>;

const moneyByYear = z.array(
  z.object({ year: z.number().int(), totalSoles: z.number(), bySource: z.record(z.string(), z.number()) }),
);

/** Figures computed from a plan (never stored: always from its current actions and settings). */
export const planFiguresSchema = z.object({
  budget: z.object({
    totalSoles: z.number(),
    labourDays: z.number(),
    byYear: moneyByYear,
    bySource: z.record(z.string(), z.number()),
  }),
  /** Actions due before today and not done or dropped. */
  lateActionIds: z.array(idSchema),
  /** Cost-weighted % done. */
  progressPct: z.number(),
  /** Farm plans: the family's income over the plan years with the measures' effects (null without an income profile). */
  income: z
    .object({
      profileYear: z.number().int(),
      years: z.array(
        z.object({
          year: z.number().int(),
          totalSoles: z.number(),
          coffeeNetSoles: z.number(),
          otherSoles: z.number(),
          planEffectSoles: z.number(),
          familyCostSoles: z.number(),
          benchmarkSoles: z.number(),
          povertyLineSoles: z.number(),
          gapSoles: z.number(),
        }),
      ),
      gapClosesInYear: z.number().int().nullable(),
    })
    .nullable(),
  /** Organisation plans: totals over the members' farm plans plus its own actions. */
  organisation: z
    .object({
      farmPlans: z.number().int(),
      familiesReached: z.number().int(),
      hectaresRenovated: z.number(),
      hectaresShaded: z.number(),
      hazards: z.array(z.object({ hazard: modelHazardSchema, actions: z.number().int() })),
      budgetByYear: moneyByYear,
      budgetBySource: z.record(z.string(), z.number()),
      totalSoles: z.number(),
      incomeDistribution: z.object({
        families: z.number().int(),
        belowBenchmarkNow: z.number().int(),
        belowBenchmarkEnd: z.number().int(),
        belowPovertyNow: z.number().int(),
        belowPovertyEnd: z.number().int(),
        bins: z.array(z.object({ label: z.string(), now: z.number().int(), end: z.number().int() })),
      }),
      families: z.array(
        z.object({
          producerId: idSchema,
          producerName: z.string(),
          planId: idSchema.nullable(),
          actions: z.number().int(),
          budgetSoles: z.number(),
          incomeNowSoles: z.number().nullable(),
          incomeEndSoles: z.number().nullable(),
          gapNowSoles: z.number().nullable(),
          gapEndSoles: z.number().nullable(),
        }),
      ),
    })
    .nullable(),
});
export type PlanFigures = z.infer<typeof planFiguresSchema>;

export const planProcedures = {
  'plans.list': procedure({
    kind: 'query',
    summary: "An organisation's plans (farm plans and its resilience plan), newest version of each first.",
    input: z.object({ organisationId: idSchema, producerId: idSchema.optional() }).strict(),
    output: z.array(planSummarySchema),
  }),
  'plans.get': procedure({
    kind: 'query',
    summary: 'One plan with its actions and their progress.',
    input: byId,
    output: planSchema,
  }),
  'plans.create': procedure({
    kind: 'mutation',
    summary: 'Start a farm plan (per producer) or the organisation resilience plan.',
    input: planFieldsSchema,
    output: planSchema,
  }),
  'plans.update': procedure({
    kind: 'mutation',
    summary: 'Change title, period, scenario or objectives.',
    input: z.object({ id: idSchema, patch: planPatchSchema }).strict(),
    output: planSchema,
  }),
  'plans.remove': procedure({
    kind: 'mutation',
    summary: 'Delete a plan (a tombstone).',
    input: byId,
    output: z.object({ removed: z.boolean() }),
  }),
  'plans.propose': procedure({
    kind: 'query',
    summary: "Measures for the plots' highest risks in the plan's scenario, ranked and explained.",
    input: byId,
    output: z.array(proposalSchema),
  }),
  'plans.addAction': procedure({
    kind: 'mutation',
    summary: "Add a measure to the plan (the measure's current version is copied into the action).",
    input: z.object({ planId: idSchema, fields: actionFieldsSchema }).strict(),
    output: planSchema,
  }),
  'plans.updateAction': procedure({
    kind: 'mutation',
    summary: 'Change an action: plots, quantity, year and quarter, responsible, funding, indicator, target, status.',
    input: z.object({ id: idSchema, patch: actionPatchSchema }).strict(),
    output: planSchema,
  }),
  'plans.removeAction': procedure({ kind: 'mutation', summary: 'Remove an action.', input: byId, output: planSchema }),
  'plans.addProgress': procedure({
    kind: 'mutation',
    summary: 'A monitoring entry for an action (date, % done, notes); 100 % marks it done, more than 0 in progress.',
    input: z
      .object({
        actionId: idSchema,
        date: z.iso.date(),
        percentDone: z.number().min(0).max(100),
        notes: z.string().max(2000).default(''),
      })
      .strict(),
    output: planSchema,
  }),
  'plans.approve': procedure({
    kind: 'mutation',
    summary: 'Record who approved the plan and when.',
    input: z.object({ id: idSchema, approvedBy: z.string().trim().min(1).max(200) }).strict(),
    output: planSchema,
  }),
  'plans.newVersion': procedure({
    kind: 'mutation',
    summary: 'Copy the plan (actions and progress) into a new, unapproved version.',
    input: byId,
    output: planSchema,
  }),
  'plans.figures': procedure({
    kind: 'query',
    summary:
      'Budget per year and source, late actions, progress, and the living-income projection or organisation totals.',
    input: z.object({ id: idSchema, today: z.iso.date().optional() }).strict(),
    output: planFiguresSchema,
  }),
};
