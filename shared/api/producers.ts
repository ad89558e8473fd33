import { z } from 'zod';
import { idSchema } from '../domain/ids.js';
import { producerFieldsSchema, producerPatchSchema, producerRowSchema, producerSchema } from '../domain/producer.js';
import { procedure } from './procedure.js';

const byId = z.object({ id: idSchema }).strict();

export const producerProcedures = {
  'producers.list': procedure({
    kind: 'query',
    summary: "An organisation's member families with their plots' count and total area.",
    input: z.object({ organisationId: idSchema, includeDeleted: z.boolean().default(false) }).strict(),
    output: z.array(producerRowSchema),
  }),
  'producers.get': procedure({ kind: 'query', summary: 'One producer by id.', input: byId, output: producerSchema }),
  'producers.create': procedure({
    kind: 'mutation',
    summary: 'Register a member family.',
    input: producerFieldsSchema.strict(),
    output: producerSchema,
  }),
  'producers.update': procedure({
    kind: 'mutation',
    summary: 'Change some fields of a producer.',
    input: z.object({ id: idSchema, patch: producerPatchSchema }).strict(),
    output: producerSchema,
  }),
  'producers.remove': procedure({
    kind: 'mutation',
    summary: 'Delete a producer and its plots (tombstones; undo with producers.restore).',
    input: byId,
    output: producerSchema,
  }),
  'producers.restore': procedure({
    kind: 'mutation',
    summary: 'Undo producers.remove.',
    input: byId,
    output: producerSchema,
  }),
} as const;
