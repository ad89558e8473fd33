import { useTranslation } from 'react-i18next';
import { coffeeBases, priceUnits } from '../../../shared/plans/income-settings.js';
import type { CoffeeBasis, IncomeSettingsKey, PriceUnit } from '../../../shared/plans/income-settings.js';
import { useFormat } from '../../i18n/use-format.js';
import { incomeFieldName } from './income-form.js';
import type { IncomeFieldSpec } from './income-form.js';

interface IncomeFieldProps {
  section: IncomeSettingsKey;
  spec: IncomeFieldSpec;
  /** What the organisation saved. */
  value: unknown;
  /** The shipped default, shown beside the input. */
  fallback: unknown;
}

const isPriceUnit = (value: unknown): value is PriceUnit => (priceUnits as readonly unknown[]).includes(value);
const isBasis = (value: unknown): value is CoffeeBasis => (coffeeBases as readonly unknown[]).includes(value);

/** One input of Settings › Living income and prices, with its default below. */
export function IncomeField({ section, spec, value, fallback }: IncomeFieldProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { field, kind } = spec;
  const id = `income-${section}-${field}`;
  const name = incomeFieldName(section, field);
  const label = t(`incomeSettings.fields.${field}`);
  const testId = `income-${section}-${field}`;

  if (kind === 'checkbox') {
    return (
      <div className="field income-wide">
        <label className="checkbox income-checkbox">
          <input type="checkbox" name={name} defaultChecked={value === true} data-testid={testId} />
          {label}
        </label>
      </div>
    );
  }

  let input;
  let fallbackText: string;
  if (kind === 'unit' || kind === 'basis') {
    const options = kind === 'unit' ? priceUnits : coffeeBases;
    const optionLabel = (option: string): string =>
      isPriceUnit(option)
        ? t(`incomeSettings.priceUnits.${option}`)
        : isBasis(option)
          ? t(`incomeSettings.bases.${option}`)
          : option;
    input = (
      <select id={id} name={name} defaultValue={String(value)} data-testid={testId}>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    );
    fallbackText = t('incomeSettings.defaultValue', { value: optionLabel(String(fallback)) });
  } else if (kind === 'text') {
    input = (
      <input
        id={id}
        name={name}
        type="text"
        required
        maxLength={1000}
        defaultValue={typeof value === 'string' ? value : ''}
        data-testid={testId}
      />
    );
    fallbackText = t('incomeSettings.defaultSource', { source: String(fallback) });
  } else {
    const isYear = kind === 'year' || kind === 'optionalYear';
    input = (
      <input
        id={id}
        name={name}
        type="number"
        min={0}
        step={kind === 'number' ? 'any' : 1}
        required={kind !== 'optionalYear'}
        defaultValue={typeof value === 'number' ? value : ''}
        data-testid={testId}
      />
    );
    const shown = typeof fallback === 'number' ? (isYear ? String(fallback) : format.number(fallback)) : '—';
    fallbackText = t('incomeSettings.defaultValue', { value: shown });
  }

  return (
    <div className={kind === 'text' ? 'field income-wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {input}
      <span className="cell-secondary">{fallbackText}</span>
    </div>
  );
}
