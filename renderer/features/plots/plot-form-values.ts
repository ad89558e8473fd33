import type { PlotGeometry } from '../../../shared/domain/plot-geometry.js';
import { plotFieldsSchema } from '../../../shared/domain/plot.js';
import type {
  Plot,
  PlotFields,
  altitudeSources,
  harvestBases,
  productionSystems,
} from '../../../shared/domain/plot.js';
import type { IssueCode } from '../../components/validation-issues.js';
import { issueCodes } from '../../components/validation-issues.js';

/** What the inputs hold: text, so a half-typed "1," is not lost to a number conversion. */
export interface PlotFormValues {
  producerId: string;
  name: string;
  declaredAreaHa: string;
  altitudeM: string;
  altitudeSource: (typeof altitudeSources)[number] | '';
  variety: string;
  plantingYear: string;
  plantsPerHa: string;
  shadePct: string;
  productionSystem: (typeof productionSystems)[number];
  lastHarvestQq: string;
  lastHarvestBasis: (typeof harvestBases)[number];
  notes: string;
}

export type PlotFormField = keyof PlotFormValues;
/** The zod issue code of each field that failed, for `validation.<code>`. */
export type PlotFormErrors = Partial<Record<PlotFormField, IssueCode>>;

export const emptyPlotFormValues = (producerId: string): PlotFormValues => ({
  producerId,
  name: '',
  declaredAreaHa: '',
  altitudeM: '',
  altitudeSource: '',
  variety: '',
  plantingYear: '',
  plantsPerHa: '',
  shadePct: '',
  productionSystem: 'convencional',
  lastHarvestQq: '',
  lastHarvestBasis: 'pergamino',
  notes: '',
});

const text = (value: number | null): string => (value === null ? '' : String(value));

export function formValuesFromPlot(plot: Plot): PlotFormValues {
  return {
    producerId: plot.producerId,
    name: plot.name,
    declaredAreaHa: text(plot.declaredAreaHa),
    altitudeM: text(plot.altitudeM),
    altitudeSource: plot.altitudeSource ?? '',
    variety: plot.variety,
    plantingYear: text(plot.plantingYear),
    plantsPerHa: text(plot.plantsPerHa),
    shadePct: text(plot.shadePct),
    productionSystem: plot.productionSystem,
    lastHarvestQq: text(plot.lastHarvestQq),
    lastHarvestBasis: plot.lastHarvestBasis,
    notes: plot.notes,
  };
}

/**
 * "" → null; a decimal comma is read as a point (people type "1,5" ha). What
 * is not a number stays NaN, which the schema rejects as invalid_type.
 */
export function numberOrNull(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const normalised = trimmed.includes('.') ? trimmed.replace(/,/g, '') : trimmed.replace(',', '.');
  return Number(normalised);
}

const isIssueCode = (code: string): code is IssueCode => (issueCodes as readonly string[]).includes(code);

export type PlotFormResult = { ok: true; fields: PlotFields } | { ok: false; errors: PlotFormErrors };

/** Validates with the contract's own schema (one source of truth with the core). */
export function plotFieldsFromForm(values: PlotFormValues, geometry: PlotGeometry): PlotFormResult {
  const altitudeM = numberOrNull(values.altitudeM);
  const parsed = plotFieldsSchema.safeParse({
    producerId: values.producerId,
    name: values.name,
    geometry,
    declaredAreaHa: numberOrNull(values.declaredAreaHa),
    altitudeM,
    // A typed altitude is 'typed' unless the user said where it came from.
    altitudeSource: altitudeM === null ? null : values.altitudeSource || 'typed',
    variety: values.variety,
    plantingYear: numberOrNull(values.plantingYear),
    plantsPerHa: numberOrNull(values.plantsPerHa),
    shadePct: numberOrNull(values.shadePct),
    productionSystem: values.productionSystem,
    lastHarvestQq: numberOrNull(values.lastHarvestQq),
    lastHarvestBasis: values.lastHarvestBasis,
    notes: values.notes,
  });
  if (parsed.success) return { ok: true, fields: parsed.data };
  const errors: PlotFormErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && field in values && !(field in errors)) {
      errors[field as PlotFormField] = isIssueCode(issue.code) ? issue.code : 'custom';
    }
  }
  return { ok: false, errors };
}
