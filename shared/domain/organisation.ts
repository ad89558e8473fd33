import { z } from 'zod';
import { certifications } from './certifications.js';
import { idSchema, timestampSchema } from './ids.js';
import { isValidRuc } from './peru-ids.js';

export const organisationTypes = ['cooperativa', 'asociacion', 'empresa', 'otra'] as const;

const trimmed = (max: number) => z.string().trim().max(max);

/**
 * The editable fields, without defaults: an update patch must not fill the
 * fields it leaves out (zod applies defaults inside `.partial()`).
 */
const organisationShape = {
  name: z.string().trim().min(2).max(200),
  type: z.enum(organisationTypes),
  region: trimmed(100),
  province: trimmed(100),
  district: trimmed(100),
  contact: trimmed(300),
  ruc: z.string().trim().refine(isValidRuc, { message: 'RUC_INVALID' }).nullable(),
  certifications: z.array(z.enum(certifications)).max(certifications.length),
  /** PNG or JPEG as a data URL, for report covers; at most ~400 KB. */
  logoDataUrl: z
    .string()
    .max(550_000)
    .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/, { message: 'LOGO_INVALID' })
    .nullable(),
};

export const organisationFieldsSchema = z.object({
  ...organisationShape,
  region: organisationShape.region.default('Cajamarca'),
  province: organisationShape.province.default(''),
  district: organisationShape.district.default(''),
  contact: organisationShape.contact.default(''),
  ruc: organisationShape.ruc.default(null),
  certifications: organisationShape.certifications.default([]),
  logoDataUrl: organisationShape.logoDataUrl.default(null),
});
export type OrganisationFields = z.infer<typeof organisationFieldsSchema>;

export const organisationPatchSchema = z.object(organisationShape).partial().strict();
export type OrganisationPatch = z.infer<typeof organisationPatchSchema>;

export const organisationSchema = z.object({
  ...organisationShape,
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  deletedAt: timestampSchema.nullable(),
});
export type Organisation = z.infer<typeof organisationSchema>;
