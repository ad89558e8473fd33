import type { Certification } from '../../../shared/domain/certifications.js';
import { organisationFieldsSchema } from '../../../shared/domain/organisation.js';
import type { Organisation, OrganisationFields, organisationTypes } from '../../../shared/domain/organisation.js';
import { problemsFromZod } from './form/form-issues.js';
import type { FieldProblems } from './form/form-issues.js';

export type OrganisationType = (typeof organisationTypes)[number];

/** What the inputs hold: text as typed, before the contract trims and checks it. */
export interface OrganisationFormValues {
  name: string;
  type: OrganisationType;
  region: string;
  province: string;
  district: string;
  contact: string;
  ruc: string;
  certifications: Certification[];
  logoDataUrl: string | null;
}

export const emptyOrganisationValues: OrganisationFormValues = {
  name: '',
  type: 'cooperativa',
  region: 'Cajamarca',
  province: '',
  district: '',
  contact: '',
  ruc: '',
  certifications: [],
  logoDataUrl: null,
};

export const organisationValuesOf = (organisation: Organisation): OrganisationFormValues => ({
  name: organisation.name,
  type: organisation.type,
  region: organisation.region,
  province: organisation.province,
  district: organisation.district,
  contact: organisation.contact,
  ruc: organisation.ruc ?? '',
  certifications: [...organisation.certifications],
  logoDataUrl: organisation.logoDataUrl,
});

export type Parsed<T> = { ok: true; fields: T } | { ok: false; problems: FieldProblems };

/** Checks the values with the contract's own schema: the form and the core refuse the same things. */
export function parseOrganisationValues(values: OrganisationFormValues): Parsed<OrganisationFields> {
  const result = organisationFieldsSchema.safeParse({ ...values, ruc: values.ruc.trim() === '' ? null : values.ruc });
  return result.success ? { ok: true, fields: result.data } : { ok: false, problems: problemsFromZod(result.error) };
}
