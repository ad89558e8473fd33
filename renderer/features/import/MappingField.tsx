import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportField } from '../../../shared/domain/import.js';

/** Values shown under a select: enough to recognise a column, not a data dump. */
const SAMPLE_COUNT = 3;
const SAMPLE_MAX_CHARS = 40;

function samplesOf(rows: readonly Record<string, unknown>[], column: string): string[] {
  const values = new Set<string>();
  for (const row of rows) {
    const value = row[column];
    // Attributes are text, numbers, booleans or null (source-types.ts); nothing else is shown.
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue;
    const text = String(value).trim();
    if (text === '') continue;
    values.add(text.length > SAMPLE_MAX_CHARS ? `${text.slice(0, SAMPLE_MAX_CHARS - 1)}…` : text);
    if (values.size === SAMPLE_COUNT) break;
  }
  return [...values];
}

interface MappingFieldProps {
  readonly field: ImportField;
  readonly columns: readonly string[];
  readonly sampleRows: readonly Record<string, unknown>[];
  /** The chosen column, or '' for none. */
  readonly value: string;
  readonly onChange: (column: string) => void;
}

/** One plot or producer field: which column fills it, and what that column holds. */
export function MappingField({ field, columns, sampleRows, value, onChange }: MappingFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const samples = value === '' ? [] : samplesOf(sampleRows, value);
  return (
    <div className="field">
      <label htmlFor={id}>{t(`importWizard.fields.${field}`)}</label>
      <select
        id={id}
        data-testid={`import-map-${field}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={`${id}-sample`}
      >
        <option value="">{t('importWizard.mapping.none')}</option>
        {columns.map((column) => (
          <option key={column} value={column}>
            {column}
          </option>
        ))}
      </select>
      <p id={`${id}-sample`} className="field-hint mapping-sample" data-testid={`import-map-sample-${field}`}>
        {value === ''
          ? t('importWizard.mapping.notImported')
          : samples.length > 0
            ? t('importWizard.mapping.sample', { values: samples.join(' · ') })
            : t('importWizard.mapping.sampleEmpty')}
      </p>
    </div>
  );
}
