import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlotFormErrors, PlotFormField, PlotFormValues } from './plot-form-values.js';

export interface FieldProps {
  readonly field: PlotFormField;
  readonly label: string;
  readonly values: PlotFormValues;
  readonly errors: PlotFormErrors;
  readonly onChange: (patch: Partial<PlotFormValues>) => void;
  readonly hint?: string;
  /** Numbers are typed as text with a decimal keypad, so "1,5" is accepted. */
  readonly numeric?: boolean;
  readonly list?: string;
  readonly required?: boolean;
}

/** A labelled text input with its hint and its translated error, wired for screen readers. */
export function TextField({ field, label, values, errors, onChange, hint, numeric, list, required }: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const error = errors[field];
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? ' *' : ''}
      </label>
      <input
        id={id}
        data-testid={`plot-field-${field}`}
        value={values[field]}
        inputMode={numeric ? 'decimal' : undefined}
        list={list}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
        onChange={(event) => onChange({ [field]: event.target.value })}
      />
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {t(`validation.${error}`)}
        </p>
      )}
    </div>
  );
}

interface SelectFieldProps extends Omit<FieldProps, 'numeric' | 'list' | 'hint'> {
  readonly children: ReactNode;
}

export function SelectField({ field, label, values, errors, onChange, required, children }: SelectFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const error = errors[field];
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? ' *' : ''}
      </label>
      <select
        id={id}
        data-testid={`plot-field-${field}`}
        value={values[field]}
        aria-invalid={error ? 'true' : undefined}
        onChange={(event) => onChange({ [field]: event.target.value })}
      >
        {children}
      </select>
      {error && <p className="field-error">{t(`validation.${error}`)}</p>}
    </div>
  );
}
