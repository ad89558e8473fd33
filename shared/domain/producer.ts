import { z } from 'zod';
import { certifications } from './certifications.js';
import { idSchema, timestampSchema } from './ids.js';
import { isValidDni } from './peru-ids.js';

export const genders = ['mujer', 'hombre', 'otro', 'no_indica'] as const;

const thisYear = new Date().getUTCFullYear();

/** Editable fields without defaults (see organisation.ts for why). */
const producerShape = {
  organisationId: idSchema,
  memberCode: z.string().trim().min(1).max(40),
  names: z.string().trim().min(2).max(200),
  dni: z.string().trim().refine(isValidDni, { message: 'DNI_INVALID' }).nullable(),
  gender: z.enum(genders),
  birthYear: z.number().int().min(1900).max(thisYear).nullable(),
  householdSize: z.number().int().min(1).max(30).nullable(),
  phone: z.string().trim().max(40),
  community: z.string().trim().max(120),
  district: z.string().trim().max(120),
  certifications: z.array(z.enum(certifications)).max(certifications.length),
  notes: z.string().max(4000),
};

export const producerFieldsSchema = z.object({
  ...producerShape,
  dni: producerShape.dni.default(null),
  gender: producerShape.gender.default('no_indica'),
  birthYear: producerShape.birthYear.default(null),
  householdSize: producerShape.householdSize.default(null),
  phone: producerShape.phone.default(''),
  community: producerShape.community.default(''),
  district: producerShape.district.default(''),
  certifications: producerShape.certifications.default([]),
  notes: producerShape.notes.default(''),
});
export type ProducerFields = z.infer<typeof producerFieldsSchema>;

export const producerPatchSchema = z.object(producerShape).omit({ organisationId: true }).partial().strict();
export type ProducerPatch = z.infer<typeof producerPatchSchema>;

export const producerSchema = z.object({
  ...producerShape,
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  deletedAt: timestampSchema.nullable(),
});
export type Producer = z.infer<typeof producerSchema>;

/** A row of the producers table: the producer plus its plots' totals. */
export const producerRowSchema = producerSchema.extend({
  plotCount: z.number().int(),
  totalAreaHa: z.number(),
});
export type ProducerRow = z.infer<typeof producerRowSchema>;
