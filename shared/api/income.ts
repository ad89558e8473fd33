import { z } from 'zod';
import { idSchema } from '../domain/ids.js';
import { incomeProfileFieldsSchema, incomeProfileSchema } from '../domain/plan.js';
import { procedure } from './procedure.js';

export const householdIncomeSchema = z.object({
  coffeeKg: z.number(),
  coffeeGrossSoles: z.number(),
  coffeeCostSoles: z.number(),
  coffeeNetSoles: z.number(),
  otherCropsSoles: z.number(),
  livestockSoles: z.number(),
  offFarmSoles: z.number(),
  totalSoles: z.number(),
  benchmarkSoles: z.number(),
  povertyLineSoles: z.number(),
  gapSoles: z.number(),
});
export type HouseholdIncome = z.infer<typeof householdIncomeSchema>;

export const incomeProcedures = {
  'income.list': procedure({
    kind: 'query',
    summary: "A family's income profiles by year, each with its computed income and gap to the benchmark.",
    input: z.object({ producerId: idSchema }).strict(),
    output: z.array(incomeProfileSchema.extend({ income: householdIncomeSchema })),
  }),
  'income.save': procedure({
    kind: 'mutation',
    summary: "Save a family's income profile for a year (replaces that year's).",
    input: incomeProfileFieldsSchema,
    output: incomeProfileSchema.extend({ income: householdIncomeSchema }),
  }),
  'income.remove': procedure({
    kind: 'mutation',
    summary: 'Delete an income profile.',
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ removed: z.boolean() }),
  }),
};
