import { z } from 'zod';
import { idSchema, timestampSchema } from './ids.js';

export const organisationTypes = ['cooperativa', 'asociacion', 'empresa', 'otra'] as const;

const trimmed = (max: number) => z.string().trim().max(max);

export const organisationFieldsSchema = z.object({
  name: z.string().trim().min(2).max(200),
  type: z.enum(organisationTypes),
  region: trimmed(100).default('Cajamarca'),
  province: trimmed(100).default(''),
  district: trimmed(100).default(''),
  contact: trimmed(300).default(''),
});
export type OrganisationFields = z.infer<typeof organisationFieldsSchema>;

export const organisationSchema = organisationFieldsSchema.extend({
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  deletedAt: timestampSchema.nullable(),
});
export type Organisation = z.infer<typeof organisationSchema>;
