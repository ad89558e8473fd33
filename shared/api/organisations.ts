import { z } from 'zod';
import { idSchema } from '../domain/ids.js';
import { organisationFieldsSchema, organisationPatchSchema, organisationSchema } from '../domain/organisation.js';
import { procedure } from './procedure.js';

const byId = z.object({ id: idSchema }).strict();

export const organisationProcedures = {
  'organisations.list': procedure({
    kind: 'query',
    summary: 'Organisations, by name; deleted ones only when asked.',
    input: z.object({ includeDeleted: z.boolean().default(false) }).strict(),
    output: z.array(organisationSchema),
  }),
  'organisations.get': procedure({
    kind: 'query',
    summary: 'One organisation by id.',
    input: byId,
    output: organisationSchema,
  }),
  'organisations.create': procedure({
    kind: 'mutation',
    summary: 'Register an organisation.',
    input: organisationFieldsSchema.strict(),
    output: organisationSchema,
  }),
  'organisations.update': procedure({
    kind: 'mutation',
    summary: 'Change some fields of an organisation.',
    input: z.object({ id: idSchema, patch: organisationPatchSchema }).strict(),
    output: organisationSchema,
  }),
  'organisations.remove': procedure({
    kind: 'mutation',
    summary: 'Delete an organisation (kept as a tombstone for merging laptops).',
    input: byId,
    output: z.object({ id: idSchema, deletedAt: z.string() }),
  }),
} as const;
