import { z } from 'zod';
import { idSchema, timestampSchema } from '../domain/ids.js';
import { measureFieldsSchema, measureSchema } from '../domain/measure.js';
import { procedure } from './procedure.js';

export const measureProcedures = {
  'measures.list': procedure({
    kind: 'query',
    summary: "The catalogue: shipped measures and the organisation's own, current versions.",
    input: z.object({ organisationId: idSchema, includeArchived: z.boolean().default(false) }).strict(),
    output: z.array(measureSchema),
  }),
  'measures.create': procedure({
    kind: 'mutation',
    summary: "Add one of the organisation's own measures.",
    input: z.object({ organisationId: idSchema, fields: measureFieldsSchema }).strict(),
    output: measureSchema,
  }),
  'measures.update': procedure({
    kind: 'mutation',
    summary: 'Edit a measure: writes a new version; plans keep the version they used.',
    input: z.object({ id: idSchema, fields: measureFieldsSchema }).strict(),
    output: measureSchema,
  }),
  'measures.remove': procedure({
    kind: 'mutation',
    summary: 'Delete a measure; one that a plan uses is archived instead (kept for those plans, no longer offered).',
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ outcome: z.enum(['deleted', 'archived']) }),
  }),
  'measures.history': procedure({
    kind: 'query',
    summary: "A measure's versions, newest first.",
    input: z.object({ id: idSchema }).strict(),
    output: z.array(z.object({ version: z.number().int(), fields: measureFieldsSchema, createdAt: timestampSchema })),
  }),
};
