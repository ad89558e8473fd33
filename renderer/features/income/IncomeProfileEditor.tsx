import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { core } from 'zod';
import type { OutputOf } from '../../../shared/api/contract.js';
import { incomeProfileFieldsSchema } from '../../../shared/domain/plan.js';
import { useApiContext } from '../../api/api-context.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { FormIssues } from '../../components/FormIssues.js';
import type { IncomeDefaults } from './income-defaults.js';
import { readIncomeForm } from './income-form.js';
import type { IncomeFormValues, IncomeInput } from './income-form.js';
import { useSoles } from './money.js';

export type SavedProfile = OutputOf<'income.save'>;

interface IncomeProfileEditorProps {
  readonly producerId: string;
  readonly values: IncomeFormValues;
  /** Editing a saved year: the year is fixed (saving replaces that year's profile). */
  readonly editing: boolean;
  readonly existingYears: readonly number[];
  readonly defaults: IncomeDefaults;
  readonly onSaved: (profile: SavedProfile) => void;
  readonly onCancel: () => void;
}

const moneyInputs = ['otherCropsSoles', 'livestockSoles', 'offFarmSoles'] as const;

/** Add or edit one year of a family's income. Uncontrolled inputs, checked with the core's schema before saving. */
export function IncomeProfileEditor({
  producerId,
  values,
  editing,
  existingYears,
  defaults,
  onSaved,
  onCancel,
}: IncomeProfileEditorProps) {
  const { t } = useTranslation();
  const { solesExact } = useSoles();
  const { api, invalidate } = useApiContext();
  const idPrefix = useId();
  const id = (name: IncomeInput) => `${idPrefix}-${name}`;
  const [issues, setIssues] = useState<core.$ZodIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [year, setYear] = useState(values.year);
  const replaces = !editing && existingYears.includes(Number(year));

  const label = (name: IncomeInput): string => t(`income.fields.${name}`);
  const fieldLabel = (path: readonly PropertyKey[]): string => {
    const first = String(path[0] ?? '');
    return Object.keys(values).includes(first) ? label(first as IncomeInput) : t('validation.general');
  };

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const parsed = incomeProfileFieldsSchema.safeParse(readIncomeForm(new FormData(event.currentTarget), producerId));
    if (!parsed.success) {
      setIssues(parsed.error.issues);
      return;
    }
    setIssues([]);
    setSaving(true);
    setError(null);
    try {
      const saved = await api.income.save(parsed.data);
      invalidate();
      onSaved(saved);
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  }

  const invalid = (name: IncomeInput) => (issues.some((issue) => issue.path[0] === name) ? true : undefined);
  const numberInput = (name: IncomeInput, step: string, extra?: { readOnly?: boolean; placeholder?: string }) => (
    <input
      id={id(name)}
      name={name}
      type="number"
      inputMode="decimal"
      min="0"
      step={step}
      defaultValue={values[name]}
      aria-invalid={invalid(name)}
      data-testid={`income-${name}`}
      {...extra}
    />
  );

  return (
    <form
      className="form income-editor card"
      onSubmit={(event) => void submit(event)}
      aria-label={editing ? t('income.editTitle', { year: values.year }) : t('income.addTitle')}
      data-testid="income-editor"
      noValidate
    >
      <h4>{editing ? t('income.editTitle', { year: values.year }) : t('income.addTitle')}</h4>
      <div className="income-grid">
        <div className="field">
          <label htmlFor={id('year')}>{label('year')}</label>
          <input
            id={id('year')}
            name="year"
            type="number"
            min="2000"
            max="2100"
            step="1"
            defaultValue={values.year}
            readOnly={editing}
            aria-invalid={invalid('year')}
            aria-describedby={replaces ? id('year') + '-hint' : undefined}
            data-testid="income-year"
            onChange={(event) => setYear(event.currentTarget.value)}
          />
          {replaces && (
            <p className="field-hint" id={`${id('year')}-hint`} role="status">
              {t('income.replacesYear')}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={id('householdSize')}>{label('householdSize')}</label>
          {numberInput('householdSize', '1')}
        </div>
        <div className="field">
          <label htmlFor={id('coffeeAreaHa')}>{label('coffeeAreaHa')}</label>
          {numberInput('coffeeAreaHa', 'any')}
        </div>
        <div className="field">
          <label htmlFor={id('yieldQqPerHa')}>{label('yieldQqPerHa')}</label>
          {numberInput('yieldQqPerHa', 'any')}
          <p className="field-hint">{t('income.hints.quintal')}</p>
        </div>
      </div>
      <fieldset className="income-price">
        <legend>{t('income.fields.priceGroup')}</legend>
        <div className="field">
          <label htmlFor={id('price')}>{label('price')}</label>
          {numberInput('price', 'any')}
        </div>
        <div className="field">
          <label htmlFor={id('priceUnit')}>{label('priceUnit')}</label>
          <select id={id('priceUnit')} name="priceUnit" defaultValue={values.priceUnit} data-testid="income-priceUnit">
            <option value="kg">{t('income.priceUnits.kg')}</option>
            <option value="qq">{t('income.priceUnits.qq')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('priceBasis')}>{label('priceBasis')}</label>
          <select
            id={id('priceBasis')}
            name="priceBasis"
            defaultValue={values.priceBasis}
            data-testid="income-priceBasis"
          >
            <option value="pergamino">{t('income.priceBases.pergamino')}</option>
            <option value="oro_verde">{t('income.priceBases.oro_verde')}</option>
          </select>
        </div>
      </fieldset>
      <div className="income-grid">
        <div className="field">
          <label htmlFor={id('productionCostPerKg')}>{label('productionCostPerKg')}</label>
          {numberInput('productionCostPerKg', 'any', {
            placeholder:
              defaults.productionCostSolesPerKg === null ? undefined : String(defaults.productionCostSolesPerKg),
          })}
          <p className="field-hint">
            {defaults.productionCostSolesPerKg === null
              ? t('income.hints.costBlank')
              : t('income.hints.costDefault', { cost: solesExact(defaults.productionCostSolesPerKg) })}
          </p>
        </div>
        {moneyInputs.map((name) => (
          <div className="field" key={name}>
            <label htmlFor={id(name)}>{label(name)}</label>
            {numberInput(name, 'any', { placeholder: '0' })}
          </div>
        ))}
      </div>
      <div className="field">
        <label htmlFor={id('notes')}>{label('notes')}</label>
        <textarea id={id('notes')} name="notes" rows={2} maxLength={2000} defaultValue={values.notes} />
      </div>
      <FormIssues issues={issues} title={t('income.invalid')} fieldLabel={fieldLabel} testId="income-form-issues" />
      {error !== null && <ErrorNotice error={error} />}
      <div className="income-editor-actions">
        <button type="button" className="button" onClick={onCancel} disabled={saving}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={saving} data-testid="income-save">
          {t('income.save')}
        </button>
      </div>
    </form>
  );
}
