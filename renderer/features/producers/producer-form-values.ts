import type { Certification } from '../../../shared/domain/certifications.js';
import { producerFieldsSchema } from '../../../shared/domain/producer.js';
import type { genders, Producer, ProducerFields } from '../../../shared/domain/producer.js';
import { problemsFromZod } from '../organisations/form/form-issues.js';
import type { Parsed } from '../organisations/organisation-form-values.js';

export type Gender = (typeof genders)[number];

/** What the inputs hold: numbers as typed text, an empty DNI as ''. */
export interface ProducerFormValues {
  memberCode: string;
  names: string;
  dni: string;
  gender: Gender;
  birthYear: string;
  householdSize: string;
  phone: string;
  community: string;
  district: string;
  certifications: Certification[];
  notes: string;
}

export const emptyProducerValues: ProducerFormValues = {
  memberCode: '',
  names: '',
  dni: '',
  gender: 'no_indica',
  birthYear: '',
  householdSize: '',
  phone: '',
  community: '',
  district: '',
  certifications: [],
  notes: '',
};

const text = (value: number | null): string => (value === null ? '' : String(value));

export const producerValuesOf = (producer: Producer): ProducerFormValues => ({
  memberCode: producer.memberCode,
  names: producer.names,
  dni: producer.dni ?? '',
  gender: producer.gender,
  birthYear: text(producer.birthYear),
  householdSize: text(producer.householdSize),
  phone: producer.phone,
  community: producer.community,
  district: producer.district,
  certifications: [...producer.certifications],
  notes: producer.notes,
});

/** '' is "not given"; anything else must be a number (NaN lets the schema say it is not one). */
const optionalNumber = (value: string): number | null => (value.trim() === '' ? null : Number(value.trim()));

/** Checks the values with the contract's schema, the one the core applies too. DNI is optional. */
export function parseProducerValues(values: ProducerFormValues, organisationId: string): Parsed<ProducerFields> {
  const result = producerFieldsSchema.safeParse({
    ...values,
    organisationId,
    dni: values.dni.trim() === '' ? null : values.dni,
    birthYear: optionalNumber(values.birthYear),
    householdSize: optionalNumber(values.householdSize),
  });
  return result.success ? { ok: true, fields: result.data } : { ok: false, problems: problemsFromZod(result.error) };
}
