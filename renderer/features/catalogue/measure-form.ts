import type { MeasureFields, MeasureGroup } from '../../../shared/domain/measure.js';

/** An organisation's new measure starts as a farm measure per hectare with no effect, in the chosen group. */
export function blankMeasure(group: MeasureGroup): MeasureFields {
  return {
    group,
    scope: group === 'organisation' ? 'organisation' : 'farm',
    name: { es: '', en: '' },
    description: { es: '', en: '' },
    hazards: [],
    unit: group === 'organisation' ? 'units' : 'ha',
    costPerUnitSoles: 0,
    labourDaysPerUnit: 0,
    yearsToFullEffect: 0,
    minAltitudeM: null,
    maxAltitudeM: null,
    effect: { kind: 'none', value: 0 },
    coBenefits: { carbon: 'none', biodiversity: 'none', water: 'none' },
    certifications: [],
    source: '',
    sourceYear: null,
  };
}

const textAt = (form: FormData, name: string): string => {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
};
/** Empty reads as NaN (required) or `blank`; the schema reports NaN with the field's path. */
function numberAt(form: FormData, name: string, blank: number | null = Number.NaN): number | null {
  const value = textAt(form, name);
  return value === '' ? blank : Number(value);
}
const listAt = (form: FormData, name: string): string[] =>
  form.getAll(name).filter((value): value is string => typeof value === 'string');

/**
 * The measure as typed, to check with measureFieldsSchema. Input names follow
 * the fields' paths (`name.es`, `effect.kind`), so an issue names its input.
 * A name or description in one language only is used for both: an
 * organisation writes its own measures in Spanish, and the English UI then
 * shows the Spanish text rather than refusing to save.
 */
export function readMeasureForm(form: FormData): Record<string, unknown> {
  const bilingual = (key: 'name' | 'description') => {
    const es = textAt(form, `${key}.es`);
    const en = textAt(form, `${key}.en`);
    return { es: es || en, en: en || es };
  };
  const effectKind = textAt(form, 'effect.kind');
  return {
    group: textAt(form, 'group'),
    scope: textAt(form, 'scope'),
    name: bilingual('name'),
    description: bilingual('description'),
    hazards: listAt(form, 'hazards'),
    unit: textAt(form, 'unit'),
    costPerUnitSoles: numberAt(form, 'costPerUnitSoles'),
    labourDaysPerUnit: numberAt(form, 'labourDaysPerUnit', 0),
    yearsToFullEffect: numberAt(form, 'yearsToFullEffect', 0),
    minAltitudeM: numberAt(form, 'minAltitudeM', null),
    maxAltitudeM: numberAt(form, 'maxAltitudeM', null),
    // "No direct effect" has no value to type.
    effect: { kind: effectKind, value: effectKind === 'none' ? 0 : numberAt(form, 'effect.value') },
    coBenefits: {
      carbon: textAt(form, 'coBenefits.carbon'),
      biodiversity: textAt(form, 'coBenefits.biodiversity'),
      water: textAt(form, 'coBenefits.water'),
    },
    certifications: listAt(form, 'certifications'),
    source: textAt(form, 'source'),
    sourceYear: numberAt(form, 'sourceYear', null),
  };
}
